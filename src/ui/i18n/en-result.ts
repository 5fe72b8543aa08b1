import type { ResultCatalogue } from './result-catalogue';

export const enResult: ResultCatalogue = {
  result: {
    title: 'Your result',
    notADiagnosis: 'This is a guide, not a diagnosis: a clinician decides.',
    verdicts: {
      urgent: { title: 'Please contact your doctor or an urgent care today' },
      goodCandidate: {
        title: 'Your answers match what specialists look for before considering a pain procedure',
      },
      possibleCandidate: { title: 'A specialist would need to look at your answers more closely' },
      conservativeFirst: { title: 'Other care is the best place to start' },
    },
    because: {
      urgentFlag: () =>
        'Some of your answers can be signs of a problem that a doctor should check soon, before any pain procedure.',
      mild: (f) =>
        `You rated your pain ${f.painAverage} out of 10 on an average day, and how much it gets in the way ${f.interference} out of 10. Pain at this level often gets better with the care below.`,
      recent: (f) =>
        `You told us your pain started ${f.duration} ago. New pain often gets better on its own, or with simple care, within a few weeks.`,
      nothingTried: () =>
        'You have not yet tried medicines, exercise, physical therapy or other everyday care for this pain. These usually come first.',
      respondingToTreatment: (f) =>
        `You told us this still helps: ${f.lasting}. Your pain is ${f.painAverage} out of 10 on an average day. It makes sense to keep going with what works.`,
      noActiveTherapy: () =>
        'You have not tried exercise or physical therapy yet. For back, neck and knee pain, these come before any procedure.',
      strongMatch: (f) =>
        `You told us your pain has lasted ${f.duration}. It is ${f.painAverage} out of 10 on an average day, and it gets in the way ${f.interference} out of 10. This did not give lasting relief: ${f.failed}. The procedures your answers match:`,
      notChronic: (f) =>
        `Your pain has lasted ${f.duration}. Procedures are usually for pain that has lasted more than 3 months.`,
      notSevere: (f) =>
        `You rated your pain ${f.painAverage} out of 10 on an average day, and how much it gets in the way ${f.interference} out of 10. Procedures are usually for pain that is stronger or gets in the way more.`,
      someLastingRelief: (f) =>
        `You told us this still helps: ${f.lasting}. A specialist may suggest that you keep going with it.`,
      medicalReviewFirst: (f) =>
        `You told us: ${f.reviewItems}. A doctor needs to look at this first, before any procedure is planned.`,
      noStrongMatch: () =>
        'Your answers partly match what specialists look for before considering:',
      noProcedureMatched: () =>
        'Your answers do not match what specialists look for before the procedures on this page. A specialist can still look at your pain with you and talk about other kinds of care.',
    },
    urgent: {
      flagsIntro: 'You told us about:',
      flags: {
        feverChills: 'Fever, chills or night sweats with the pain, in the past few weeks',
        cancerHistory: 'Cancer in the past, and this pain is new',
        unexplainedWeightLoss: 'Weight loss you cannot explain',
        nightPain: 'Constant pain that is bad at night and does not ease with rest',
        myelopathySigns: 'New unsteady walking or clumsy hands',
        fractureRisk:
          'Pain that began after a minor fall or strain, with weak bones or steroid tablets',
        positionalOrCoughHeadache:
          'A new headache that comes with coughing or straining, or changes when you lie down or stand up',
      },
      adviceHeading: 'What to do today',
      advice: [
        'Please contact your doctor or an urgent care today, and tell them what you told us.',
        'You can still ask our clinic to call you. The clinic will see your answers.',
        'If you get worse, go to an emergency room or call 911.',
      ],
    },
    firstLine: {
      heading: 'Care to start with',
      intro: 'These steps help many people. Your primary care doctor can help you plan them.',
      care: {
        activity: {
          title: 'Keep moving: exercise or physical therapy',
          body: 'Gentle movement and an exercise plan can ease pain and make you stronger. A physical therapist can show you what is safe for you.',
        },
        heat: {
          title: 'Heat',
          body: 'A warm pack or a warm shower can relax sore muscles. Keep a cloth between your skin and the heat.',
        },
        medicines: {
          title: 'Medicines, through your primary care doctor',
          body: 'Ask your doctor which pain medicines are safe for you, and how to take them.',
        },
        support: {
          title: 'Support for stress and mood',
          body: 'Pain, stress and sleep affect each other. A counselor or a pain program can teach you ways to cope. This often helps the pain too.',
        },
      },
      comeBack:
        'Come back if your pain gets worse. Come back too if it still gets in the way of your life after about 6 weeks of this care. You can do this check again or ask us for a consultation.',
      later: 'Later, if this care does not help: procedures that specialists may consider',
      laterIntro:
        'These are not a first step for you now. They are here so you know what exists if the care above does not help.',
    },
    durations: {
      under6Weeks: 'less than 6 weeks',
      '6WeeksTo3Months': '6 weeks to 3 months',
      '3To6Months': '3 to 6 months',
      '6To12Months': '6 to 12 months',
      over1Year: 'more than a year',
    },
    treatments: {
      otcMedication: 'pain relievers from the store',
      prescriptionMedication: 'prescription medicines',
      opioids: 'opioids',
      physicalTherapy: 'physical therapy',
      chiropractic: 'chiropractic care',
      exercise: 'exercise',
      injections: 'injections',
      surgery: 'surgery',
    },
    reviewItems: {
      pregnant: 'you are or may be pregnant',
      activeInfection: 'you have an infection now',
      bleedingDisorder: 'you have a bleeding disorder',
    },
    proceduresHeading: 'Procedures and why they came up',
    noProcedures:
      'None of the procedures on this page matched your answers. A specialist can still look at your pain and talk with you about other care.',
    fit: { strong: 'Close match', possible: 'Partial match' },
    procedures: {
      epiduralSteroidInjection: {
        name: 'Epidural steroid injection',
        short: 'medicine placed near an irritated nerve in your spine',
        what: 'The doctor places steroid medicine, which calms swelling, in the space around the nerves of your spine. It is used for pain from an irritated nerve root. One example is sciatica: pain that runs from the low back down the leg. The doctor uses fluoroscopy, a live X-ray picture, to guide the needle.',
      },
      facetJointInjection: {
        name: 'Facet joint injection',
        short: 'medicine placed in the small joints of your spine',
        what: 'Facet joints are the small joints that link the bones of your spine. They let your back and neck bend and twist. The doctor places numbing medicine, often with a steroid, in or near these joints. It can ease pain from swelling or arthritis there.',
      },
      nerveBlock: {
        name: 'Nerve block',
        short: 'medicine placed near a nerve to stop pain signals',
        what: 'The doctor places numbing medicine, sometimes with a steroid, near one nerve or a group of nerves. This stops the nerve from sending pain signals for a while. It is used for some headaches, some knee pain, and some nerve pain. One example is complex regional pain syndrome (CRPS): a lasting nerve pain that often starts after an injury.',
      },
      spinalCordStimulation: {
        name: 'Spinal cord stimulation',
        short: 'a small implanted device that sends mild electrical pulses to calm pain signals',
        what: 'Thin wires near your spinal cord send mild electrical pulses. The pulses change how pain signals travel to your brain. A small battery sits under the skin. You always try it for about a week before deciding.',
      },
      radiofrequencyAblation: {
        name: 'Radiofrequency ablation',
        short: 'gentle heat that quiets the small nerves that carry pain',
        what: 'Radiofrequency means radio waves. The doctor uses them to make gentle heat at the tip of a needle. The heat quiets the small nerves that carry pain from a joint of the spine (a facet joint) or from the knee. These nerves can grow back over time.',
      },
    },
    why: 'Why it came up: your answers',
    terms: {
      facet: 'facet joints are the small joints that link the bones of the spine',
      sciatica: 'pain that runs from the low back down the leg',
      stenosis: 'a narrowing of the space around the nerves in the spine',
      bursitis: 'swelling of a small fluid-filled pad near a joint',
      crps: 'complex regional pain syndrome, a lasting nerve pain that often starts after an injury',
      contrastDye: 'a liquid that shows up on X-rays',
    },
    basedOn: 'Based on:',
    clinicSays: 'In our clinic’s words',
    clinicSaysTranslated: 'In our clinic’s words',
    originalEnglish: 'Original text in English',
    expectationsHeading: 'What to expect',
    expectations: {
      notACure: {
        title: 'A procedure is not a cure',
        body: 'These procedures aim to lower your pain and help you do more. They often do not take the pain away completely. Many people use them together with exercise and other care.',
      },
      whenToSeekCare: {
        title: 'When to go to an emergency room',
        body: 'Whatever you decide, go to an emergency room now, or call 911, if you notice any of these:',
      },
      injectionTimeline: {
        title: 'After an injection',
        body: 'Relief can start soon. Steroid medicine may take a few days to work. Relief can last for weeks or months.',
      },
      diagnosticBlocksFirst: {
        title: 'Test numbing injections come first',
        body: 'First, the doctor gives one or two test shots of numbing medicine. If they clearly ease your pain for a few hours, those nerves likely carry the pain. Only then is the heat treatment (radiofrequency ablation) offered.',
      },
      ablationTimeline: {
        title: 'After radiofrequency ablation',
        body: 'Relief builds over a few weeks. It can last for months. If the pain comes back, it can be done again.',
      },
      stimulationPathway: {
        title: 'The steps to spinal cord stimulation',
        body: 'It takes several steps, and you can stop after any of them:',
      },
      outpatient: {
        title: 'Going home the same day',
        body: 'Most of these procedures do not need a hospital stay. You go home the same day. If you get medicine to relax, plan for someone to drive you.',
      },
    },
    notACurePainFree:
      'You told us you hope to be free of pain. That is a fair hope, and we want to be honest with you: these procedures rarely take pain away completely. They aim to lower it and help you do more of what matters to you. A doctor can talk with you about what to expect for your pain.',
    stimulationSteps: [
      'A visit with a psychologist. Everyone has this step. It helps make sure the device fits your needs.',
      'A trial of about a week. Thin wires are placed through a needle, and you wear the battery outside your body.',
      'Only if the trial clearly helps: a minor surgery places the device under your skin. You usually go home the same day.',
      'Relief builds over time, as the settings are adjusted to help you most.',
    ],
    seekCareHeadacheSigns: [
      'A sudden, very bad headache, the worst you have had',
      'A headache with new confusion, fainting, loss of vision, trouble speaking, or weakness on one side',
      'A headache with fever and a stiff neck',
    ],
    pathway: {
      repeatEpidural:
        'You told us an earlier epidural did not help much. A second one is usually offered only when the first one clearly helped.',
      stimulationFirst:
        'Before a stimulator, specialists look for nerve pain medicines from a doctor that you tried and that did not help. For back, neck or knee pain, they also look for physical therapy.',
      testBlocksFirst:
        'Test numbing injections come first. This treatment is offered only if they clearly ease your pain.',
      blockHelped:
        'You told us a test numbing injection eased at least half of your pain. This is the sign specialists look for before this treatment.',
    },
    seekCareSigns: [
      'New trouble passing urine, or new trouble holding urine or stool',
      'New numbness between your legs: around the genitals, buttocks or inner thighs',
      'Weakness in an arm or a leg that is getting worse',
    ],
    importantHeading: 'Important for your safety',
    cautionsHeading: 'Other things to know',
    severity: { important: 'Important', warning: 'Be aware', info: 'Good to know' },
    cautions: {
      activeInfection: {
        title: 'An infection now',
        body: 'You told us you have an infection now. Procedures wait until an infection has cleared, because a needle could spread it.',
      },
      bloodThinners: {
        title: 'Blood thinners',
        body: 'Blood thinners raise the chance of bleeding during a procedure. Never stop taking them on your own: stopping can cause a stroke or a blood clot. The clinic will plan with the doctor who prescribes them. How long to pause before a procedure is different for each medicine.',
      },
      bleedingDisorder: {
        title: 'A bleeding disorder',
        body: 'You told us you have a bleeding disorder. It raises the chance of bleeding. A doctor needs to plan for it before any procedure.',
      },
      pregnancy: {
        title: 'Pregnancy',
        body: 'You told us you are or may be pregnant. Most of these procedures use fluoroscopy: a live X-ray picture that guides the needle. X-rays are usually avoided in pregnancy. A doctor will talk with you about safer choices first.',
      },
      selfHarmSupport: {
        title: 'Support for hard thoughts',
        body: 'You told us about thoughts of being better off dead or of hurting yourself. You matter, and help is there right now: call or text 988, day or night. If you are in danger, call 911. Our clinic wants to help with this too. If you ask us to call you, you can tell the person who calls.',
      },
      implantedDevice: {
        title: 'An implanted electrical device',
        body: 'A pacemaker or a similar device needs a special plan before a heat or electrical pain treatment. The clinic may talk with the doctor who checks your device.',
      },
      immunosuppressed: {
        title: 'A weak immune system',
        body: 'You told us your immune system is weak, or that you take medicine that weakens it. This raises the chance of infection. The doctor will take extra care.',
      },
      diabetesSteroids: {
        title: 'Diabetes and steroid medicine',
        body: 'Steroid medicine in an injection can raise your blood sugar for several days. Check your blood sugar more often after an injection.',
      },
      allergy: {
        title: 'Allergies',
        body: 'Tell the clinic about every allergy. Some procedures use contrast dye (a liquid that shows up on X-rays), numbing medicine, steroids or latex.',
      },
      steroidLimit: {
        title: 'Several steroid doses this year',
        body: 'Steroids add up in the body, so there is a limit to how many are safe in a year. The doctor will count them with you.',
      },
      glp1Sedation: {
        title: 'Medicines such as Ozempic, Wegovy or Mounjaro',
        body: 'These medicines slow how fast your stomach empties. That matters if you get medicine to relax or sleep during a procedure. The clinic will tell you whether to pause the medicine or to stop eating earlier. Do not stop it on your own.',
      },
      newPainOver50: {
        title: 'New back or neck pain after 50',
        body: 'New back or neck pain that starts after age 50 should be checked by a doctor, to look for other causes.',
      },
      osteoporosisCare: {
        title: 'Weak bones (osteoporosis)',
        body: 'You told us about osteoporosis. Repeated steroid doses can weaken bones more. The doctor will keep steroid doses as few as possible.',
      },
      moodSupport: {
        title: 'Mood and pain',
        body: 'Your answers show you have often felt down, nervous or worried lately. Pain and mood affect each other. Help for both often works better than a procedure alone: talking with a counselor, or a program for pain and mood together. Tell the clinic, or your primary care doctor.',
      },
      esiRareSeriousRisks: {
        title: 'Rare but serious risks of epidural injections',
        body: 'Very rarely, epidural steroid injections have caused serious nerve problems: loss of vision, stroke, paralysis, or death. The US Food and Drug Administration warns about this. The doctor will explain how they lower this risk.',
      },
      mriAfterStimulator: {
        title: 'MRI scans after a stimulator',
        body: 'Some stimulators limit which MRI scans you can have later. If you may need MRI scans, ask which kind of device would be used.',
      },
      generalRisks: {
        title: 'Every procedure has some risk',
        body: 'Risks include infection, bleeding and nerve injury. Nerve injury is rare, and it is rarely permanent. The medicines can cause side effects for a short time, such as numbness, tingling or weakness. And a procedure may not help your pain at all.',
      },
    },
    bloodThinnersYouTake: 'You told us you take:',
    bloodThinnerKinds: {
      aspirin: 'Aspirin',
      antiplatelet: 'Clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta) or similar',
      warfarin: 'Warfarin (Coumadin)',
      doac: 'Apixaban (Eliquis), rivaroxaban (Xarelto), dabigatran (Pradaxa) or edoxaban (Savaysa)',
      heparin: 'Heparin-type injections, such as enoxaparin (Lovenox) or fondaparinux (Arixtra)',
      unsure: 'A blood thinner whose name you are not sure of',
    },
    allergiesYouNamed: 'You told us about:',
    allergies: {
      contrastDye: 'Contrast dye (a liquid that shows up on X-rays)',
      localAnesthetic: 'Numbing medicine',
      steroids: 'Steroids',
      latex: 'Latex',
    },
    steroidCounts: (injections, courses) =>
      `In the past 12 months, you told us about ${injections} steroid ${injections === 1 ? 'injection' : 'injections'} and ${courses} ${courses === 1 ? 'course' : 'courses'} of steroid tablets.`,
    generalRisksHeading: 'The risks, in our clinic’s words',
    disclosure:
      'Please know: our clinic performs the procedures this check looks at (epidural, facet joint and nerve block injections, radiofrequency ablation and spinal cord stimulation). A clinician who examines you decides what is right for you, and that may be no procedure at all.',
    sourcesHeading: 'Sources',
    sources: {
      S0: 'Our clinic’s article, “What is Interventional Pain Medicine?”',
      R1: 'US guideline on sudden low back problems: warning signs (AHCPR)',
      R2: 'UK national guidance on headaches (NICE)',
      R3: 'American Academy of Family Physicians: neck pain and its warning signs',
      R4: 'Medical reference on spine infections and infected joints (StatPearls)',
      G1: 'UK national guidance on low back pain and sciatica (NICE)',
      G2: 'UK national guidance on spinal cord stimulation (NICE)',
      G3: 'Guidelines on blood thinners before spine and pain procedures (ASRA)',
      G4: 'Medical reference on when spine injections should wait (Medscape)',
      G5: 'Neuromodulation Foundation: who spinal cord stimulation suits',
      G6: 'Study of steroid injections and blood sugar in diabetes',
      G7: 'Medical journal review of nerve blocks for headaches (2009)',
      G8: 'Expert agreement on nerve treatments for knee pain',
      G9: 'International definition of long-lasting (chronic) pain (IASP)',
      G10: 'US Medicare rules for spinal cord stimulation (CMS)',
      F1: 'US Food and Drug Administration warning on epidural steroid injections (FDA)',
      P1: 'The PHQ-2 and GAD-2 mood questions',
      P2: '988 Suicide & Crisis Lifeline',
      L1: 'US Medicare rules for epidural steroid injections (CMS)',
      A1: 'American Society of Anesthesiologists: weight-loss and diabetes medicines before sedation',
    },
    print: 'Print or save this result',
    request: 'Ask for a consultation',
    requestUrgent: 'Ask the clinic to call you',
    requestHint: 'A person from the clinic calls you back. Nothing is sent until you ask.',
    stickyLabel: 'Consultation',
    changeAnswers: 'Change my answers',
  },

  submitted: {
    title: 'Your request was sent',
    reference: 'Your reference number',
    keepReference: 'Keep this number. It helps the staff find your request.',
    urgentHeading: 'Do not wait for our call',
    urgent:
      'Please see your doctor or go to an urgent care today. Some of your answers should be checked soon. The clinic will also see your request.',
    next: 'The clinic will call you, usually within 1 to 2 business days.',
    selfHarmNext:
      'The clinic will try to reach you today or on the next business day. This form is not watched around the clock: if you need help now, call or text 988.',
    callUs: 'You can also call the clinic:',
    hours: 'Hours:',
    worse:
      'If your pain gets much worse, or you notice any of the warning signs, go to an emergency room or call 911.',
    again: 'Start a new check',
  },
};
