import type { ResultCatalogue } from './result-catalogue';

export const enResult: ResultCatalogue = {
  result: {
    title: 'Your result',
    verdicts: {
      urgent: {
        title: 'Please see a doctor within a day or two',
        body: 'Some of your answers can be signs of a problem that should be checked soon, before any pain procedure. Call your doctor or our clinic. If it gets worse, go to an emergency room.',
      },
      goodCandidate: {
        title: 'You may be a good candidate for a pain procedure',
        body: 'Your pain has lasted, it is getting in the way of your life, and other treatments have not given lasting relief. That is when these procedures are most often used. A specialist will check this with you.',
      },
      possibleCandidate: {
        title: 'A pain procedure might help you',
        body: 'Some of your answers fit these procedures. A specialist can look at your case and tell you whether one is right for you.',
      },
      conservativeFirst: {
        title: 'Other treatments may be the best place to start',
        body: 'Your pain is new, mild, or is getting better with simpler care. Procedures are usually for pain that lasts and does not get better with treatments like medicine, exercise and physical therapy.',
      },
    },
    urgentFlags: 'You told us about:',
    proceduresHeading: 'Procedures that may fit',
    noProcedures:
      'None of the five procedures matched your answers. A specialist can still look at your pain and talk with you about options.',
    fit: { strong: 'Good fit', possible: 'Possible fit' },
    procedures: {
      epiduralSteroidInjection: {
        name: 'Epidural steroid injection',
        what: 'Medicine is placed near the nerves in your spine to calm swelling that causes pain.',
      },
      facetJointInjection: {
        name: 'Facet joint injection',
        what: 'Medicine is placed into the small joints between the bones of your spine.',
      },
      nerveBlock: {
        name: 'Nerve block',
        what: 'Medicine is placed near a nerve to stop it from sending pain signals.',
      },
      spinalCordStimulation: {
        name: 'Spinal cord stimulation',
        what: 'A small device sends gentle electrical pulses to the spinal cord to block pain. You try it first.',
      },
      radiofrequencyAblation: {
        name: 'Radiofrequency ablation',
        what: 'Heat is used to quiet the small nerves that carry pain from a joint.',
      },
    },
    why: 'Why it may fit',
    clinicSays: 'What our clinic says',
    expectationsHeading: 'What to expect',
    expectations: {
      notACure: {
        title: 'A procedure is not a cure',
        body: 'Procedures aim to lower pain and help you do more. They may not take the pain away completely.',
      },
      injectionTimeline: {
        title: 'Injections',
        body: 'Relief can start soon and last for weeks or months. Steroid medicine can take a few days to work.',
      },
      ablationTimeline: {
        title: 'Radiofrequency ablation',
        body: 'Relief builds over a few weeks and can last for months. It can be repeated.',
      },
      stimulationTimeline: {
        title: 'Spinal cord stimulation',
        body: 'You try it first for a few days. Relief builds slowly, and the settings are adjusted to help you most.',
      },
      outpatient: {
        title: 'Going home the same day',
        body: 'Most procedures are done without a hospital stay. You go home the same day.',
      },
    },
    cautionsHeading: 'Things to be careful about',
    severity: { important: 'Important', warning: 'Be aware', info: 'Good to know' },
    cautions: {
      activeInfection: {
        title: 'You have an infection now',
        body: 'Procedures are put off until the infection has cleared.',
      },
      bloodThinners: {
        title: 'You take blood thinners',
        body: 'They raise the risk of bleeding. Never stop them on your own. The clinic will plan with the doctor who prescribes them.',
      },
      bleedingDisorder: {
        title: 'You have a bleeding disorder',
        body: 'This raises the risk of bleeding. The doctor will plan for it with you.',
      },
      pregnancy: {
        title: 'You are or may be pregnant',
        body: 'X-ray guidance is usually avoided in pregnancy. The doctor will talk with you about other options.',
      },
      implantedDevice: {
        title: 'You have an implanted electrical device',
        body: 'A pacemaker or similar device needs special planning before radiofrequency ablation or spinal cord stimulation.',
      },
      immunosuppressed: {
        title: 'Your immune system is weak',
        body: 'This raises the risk of infection. The doctor will take extra care.',
      },
      diabetesSteroids: {
        title: 'You have diabetes',
        body: 'Steroid injections can raise your blood sugar for several days. Check it more often after the injection.',
      },
      allergy: {
        title: 'You have an allergy',
        body: 'Tell the clinic about it. Some procedures use contrast dye, numbing medicine, steroids or latex.',
      },
      steroidLimit: {
        title: 'You have had several steroid injections this year',
        body: 'There is a limit to how many steroid injections are safe in a year. The doctor will count them with you.',
      },
      newPainOver50: {
        title: 'New back or neck pain after age 50',
        body: 'New pain at this age should be checked by a doctor to rule out other causes.',
      },
      generalRisks: {
        title: 'Every procedure has some risk',
        body: 'Risks are usually small and short-lived: infection, bleeding, nerve injury, and side effects of the medicine such as numbness, tingling or weakness for a short time.',
      },
    },
    generalRisksHeading: 'The risks, in our clinic’s words',
    notADiagnosis:
      'This is not a diagnosis. It is a guide based on your answers. Only a doctor who examines you can tell which treatment is right for you.',
    sourcesHeading: 'Sources',
    print: 'Print or save this result',
    request: 'Ask for a consultation',
    requestUrgent: 'Ask the clinic to call you',
    changeAnswers: 'Change my answers',
  },

  submitted: {
    title: 'Your request was sent',
    reference: 'Your reference number',
    next: [
      'The clinic will call you, usually within 1 to 2 business days.',
      'Keep your reference number. It helps the staff find your request.',
      'If your pain gets much worse, or you notice any of the warning signs, go to an emergency room or call 911.',
    ],
    again: 'Start a new check',
  },
};
