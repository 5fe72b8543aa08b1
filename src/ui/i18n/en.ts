import type { Catalogue } from './catalogue';

/** A count as it is written in English here: 1,012. */
const grouped = (count: number) => new Intl.NumberFormat('en-US').format(count);

export const en: Catalogue = {
  languageName: 'English',
  app: {
    title: 'Could a pain procedure help you?',
    clinicFallback: 'Pain clinic',
    language: 'Language',
    partOf: (part, of, name) => `Part ${part} of ${of}: ${name}`,
    pageTitle: 'Am I a candidate? Pain procedure self-check',
    back: 'Back',
    next: 'Next',
    startOver: 'Start over',
    startOverConfirm: 'Start over? Your answers will be cleared.',
    errorSummaryTitle: 'There is a problem',
    charactersLeft: (left) =>
      left === 1 ? '1 character left' : `${grouped(left)} characters left`,
    charactersTooMany: (over) =>
      over === 1 ? '1 character too many' : `${grouped(over)} characters too many`,
    saveProgress: 'Save my progress on this device',
    saveProgressHint:
      'Your answers stay only in this browser for 24 hours, so you can come back. Leave this off on a shared device.',
    restored: 'Welcome back. We kept the answers you saved on this device.',
    outdated:
      'Your earlier saved answers could not be kept, because the questions have changed. Please answer again.',
    privacy:
      'Your answers stay on your device. Nothing is sent to the clinic unless you ask for a consultation at the end.',
    yes: 'Yes',
    no: 'No',
    selectAll: 'Choose all that apply.',
    noneOfThese: 'None of these',
    sections: {
      aboutYou: 'About you',
      where: 'Where it hurts',
      pain: 'Your pain and care so far',
      health: 'Health and medicines',
      check: 'Your goals and answers',
    },
  },
  errors: {
    chooseOne: 'Please choose one answer.',
    chooseAtLeastOne: 'Please choose at least one.',
    redFlags: 'Please choose the signs that apply to you, or "None of these".',
    age: {
      empty: 'Please enter your age.',
      notWhole: 'Please enter your age in years as a whole number, like 52.',
      tooLow: (min) => `Please enter an age of ${min} or more.`,
      tooHigh: (max) => `Please enter an age of ${max} or less.`,
    },
    number: {
      empty: 'Please enter a number. Enter 0 if none.',
      notWhole: 'Please enter a whole number, like 3.',
      tooLow: (min) => `Please enter a number of ${min} or more.`,
      tooHigh: (max) => `Please enter a number of ${max} or less.`,
    },
    painWorst: 'Your pain at its worst cannot be lower than your pain on an average day.',
  },
  steps: {
    age: {
      title: 'How old are you?',
      intro: 'This check takes about 5 minutes. It is a guide, not a diagnosis.',
      label: 'Your age in years',
      hint: 'For example: 52',
    },
    redFlags: {
      title: 'Do any of these apply to you now?',
      intro:
        'These can be signs of a new problem that needs care soon. Choose all that apply, or "None of these".',
      emergencyHeading: 'Signs that need emergency care',
      urgentHeading: 'Signs that need a doctor soon',
      options: {
        bladderBowelChange:
          'Since this pain began, you cannot pass urine, or urine or stool leaks out without you feeling it',
        saddleNumbness: 'New numbness around your genitals, buttocks or inner thighs',
        progressiveWeakness:
          'A foot or hand you suddenly cannot lift or grip, or an arm or leg that gets weaker over hours or days',
        seriousInjury:
          'The pain began in the past 6 weeks after a car accident, a hard fall or a blow, and no doctor has checked it',
        thunderclapHeadache:
          'In the past week, a sudden headache, the worst ever, at full strength within a minute',
        headacheNeuroSymptoms:
          'A headache with new confusion, fainting, loss of vision, double vision, trouble speaking, a drooping face or weakness on one side; or fever with a stiff neck',
        spinalInfectionRisk:
          'Fever with back or neck pain, and in the past 3 months a spine injection or surgery, injecting drugs, or a weak immune system',
        hotSwollenJoint: 'A hot, red, swollen knee or other joint, with fever',
        giantCellArteritisSigns:
          'A new kind of headache, with jaw pain when you chew, a sore scalp, or blurred or lost vision',
        feverChills: 'Fever, chills or night sweats with the pain, in the past few weeks',
        cancerHistory: 'You have had cancer, and this pain began in the past few months',
        unexplainedWeightLoss:
          'You lost 10 pounds (4.5 kg) or more in the past 6 months without trying',
        nightPain:
          'In the past 6 weeks, constant pain that is bad at night and does not ease with rest or a change of position',
        myelopathySigns:
          'New unsteadiness on your feet, or new clumsy hands: dropping things, trouble with buttons',
        fractureRisk:
          'The pain began in the past 6 weeks after a small fall or strain. And you have thin bones (osteoporosis), or you took steroid pills for months.',
        positionalOrCoughHeadache:
          'A new headache that coughing, sneezing or straining brings on, or that changes a lot when you lie down or stand up',
      },
      hints: {
        bladderBowelChange: 'Not constipation from pain medicine.',
        saddleNumbness: 'The parts of the body that would touch a saddle.',
        progressiveWeakness:
          'Not pain that makes you hold back, and not numbness that has stayed the same for months.',
        thunderclapHeadache: 'Not like your usual headaches.',
        headacheNeuroSymptoms: 'Not the aura of your usual migraine.',
        myelopathySigns: 'Not caused by the pain itself.',
      },
    },
    locations: {
      title: 'Where is your pain?',
      intro: 'Tap each place that hurts on the body, or use the list. Choose all that apply.',
      front: 'Front',
      backView: 'Back',
      listLegend: 'Where it hurts',
      options: {
        lowerBack: 'Lower back',
        neck: 'Neck',
        knee: 'Knee',
        head: 'Headaches',
        nervePain: 'Nerve pain',
        other: 'Somewhere else',
      },
      hints: {
        lowerBack: 'Low in the back, sometimes going into the buttock or leg',
        neck: 'Neck, sometimes going into the shoulder or arm',
        knee: 'One or both knees',
        head: 'Headaches that keep coming back',
        nervePain: 'Burning, tingling or numbness in the feet, legs, hands or arms',
        other: 'Any other place',
      },
    },
    back: {
      title: 'About your lower back pain',
      legPain: {
        legend: 'Does the pain go down into your leg?',
        options: {
          none: 'No, it stays in my back',
          buttockOrThigh: 'Yes, into the buttock or thigh',
          belowKnee: 'Yes, below the knee',
        },
      },
      worseWith: {
        legend: 'What makes it worse?',
        hint: 'Choose all that apply, or none.',
        options: {
          standingWalking: 'Standing or walking',
          bendingBackwardTwisting: 'Bending backward or twisting',
          sittingBendingForward: 'Sitting or bending forward',
        },
      },
      diagnoses: {
        legend: 'Has a doctor told you that you have any of these?',
        hint: 'Choose all that apply, or none.',
        options: {
          discHerniation: 'Herniated (slipped) disc',
          spinalStenosis: 'Spinal stenosis',
          facetArthritis: 'Facet joint arthritis',
          degenerativeDisc: 'Worn discs (degenerative disc disease)',
          sciatica: 'Sciatica',
        },
        hints: {
          spinalStenosis: 'The space around the nerves in the spine has become narrow.',
          facetArthritis:
            'Wear in the facet joints: the small joints that link the bones of the spine.',
          sciatica: 'Pain that runs from the lower back down the leg, along a nerve.',
        },
      },
      priorSurgery: {
        legend: 'Have you had spine surgery in this area, and the pain is still there?',
      },
    },
    neck: {
      title: 'About your neck pain',
      armPain: {
        legend: 'Does the pain go into your shoulder or arm?',
        options: {
          none: 'No, it stays in my neck',
          shoulder: 'Yes, into the shoulder',
          belowElbow: 'Yes, below the elbow',
        },
      },
      worseWith: {
        legend: 'What makes it worse?',
        hint: 'Choose if it applies.',
        options: { turningOrLookingUp: 'Turning my head or looking up' },
      },
      diagnoses: {
        legend: 'Has a doctor told you that you have any of these?',
        hint: 'Choose all that apply, or none.',
        options: {
          discHerniation: 'Herniated (slipped) disc',
          pinchedNerve: 'Pinched nerve',
          facetArthritis: 'Facet joint arthritis',
          degenerativeDisc: 'Worn discs (degenerative disc disease)',
        },
        hints: {
          facetArthritis:
            'Wear in the facet joints: the small joints that link the bones of the spine.',
        },
      },
      priorSurgery: { legend: 'Have you had neck surgery, and the pain is still there?' },
    },
    knee: {
      title: 'About your knee pain',
      diagnoses: {
        legend: 'Has a doctor told you that you have any of these?',
        hint: 'Choose all that apply, or none.',
        options: {
          osteoarthritis: 'Arthritis of the knee (osteoarthritis)',
          bursitis: 'Bursitis',
          meniscusTear: 'Torn meniscus (cartilage)',
        },
        hints: {
          bursitis: 'A swollen, sore bursa: a small pad of fluid that cushions the joint.',
        },
      },
      replacement: {
        legend: 'Knee replacement',
        options: {
          none: 'I have not had one',
          hadReplacement: 'I have had a knee replacement',
          notWantedOrNotAdvised: 'I do not want one, or a doctor said it is not right for me',
        },
      },
    },
    head: {
      title: 'About your headaches',
      types: {
        legend: 'What kind of headaches do you have?',
        hint: 'Choose all that apply.',
        options: {
          migraine: 'Migraine',
          cluster: 'Cluster headaches',
          backOfHead: 'Pain at the back of the head',
          other: 'Another kind, or I am not sure',
        },
      },
      daysPerMonth: {
        label: 'On how many days a month do you have a headache?',
        hint: 'A number from 0 to 31',
      },
    },
    nerve: {
      title: 'About your nerve pain',
      cause: {
        legend: 'What do you think caused it?',
        options: {
          diabetes: 'Diabetes',
          afterSurgeryOrInjury: 'A surgery or an injury',
          crps: 'Complex regional pain syndrome (CRPS)',
          chemotherapy: 'Chemotherapy',
          shingles: 'Shingles',
          unknown: 'I do not know',
        },
        hints: {
          crps: 'Strong, burning pain in an arm or leg, often after an injury, with swelling or changes in skin color or warmth.',
        },
      },
    },
    duration: {
      title: 'How long have you had this pain?',
      intro: 'If you have pain in more than one place, answer for the pain that bothers you most.',
      options: {
        under6Weeks: 'Less than 6 weeks',
        '6WeeksTo3Months': '6 weeks to 3 months',
        '3To6Months': '3 to 6 months',
        '6To12Months': '6 to 12 months',
        over1Year: 'More than a year',
      },
    },
    pain: {
      title: 'How bad is your pain?',
      intro:
        'Think about the past week. 0 means no pain at all, 10 means the worst pain you can imagine.',
      painAverage: 'Your pain on an average day',
      painWorst: 'Your pain at its worst',
      interference: 'How much the pain got in the way of your daily activities',
      painEnds: { low: 'No pain', middle: 'Moderate', high: 'Worst imaginable' },
      interferenceEnds: { low: 'Not at all', middle: 'Some', high: 'Completely' },
    },
    treatments: {
      title: 'What have you tried for this pain?',
      intro: 'Answer yes or no for each one. If you tried it, tell us how it went.',
      kinds: {
        otcMedication: 'Pain relievers from the store',
        prescriptionMedication: 'Prescription medicines',
        opioids: 'Opioids',
        physicalTherapy: 'Physical therapy',
        chiropractic: 'Chiropractic care',
        exercise: 'Exercise',
        injections: 'Pain injections or nerve blocks',
        surgery: 'Surgery',
      },
      tried: {
        otcMedication: 'Have you tried pain relievers from the store?',
        prescriptionMedication: 'Have you tried prescription medicines?',
        opioids: 'Have you tried opioids?',
        physicalTherapy: 'Have you tried physical therapy?',
        chiropractic: 'Have you tried chiropractic care?',
        exercise: 'Have you tried exercise?',
        injections: 'Have you had pain injections or nerve blocks?',
        surgery: 'Have you had surgery for this pain?',
      },
      hints: {
        otcMedication: 'Such as ibuprofen, naproxen or acetaminophen.',
        prescriptionMedication: 'Including nerve pain medicines and muscle relaxants.',
        opioids: 'Such as oxycodone, hydrocodone or tramadol.',
        exercise: 'A regular walking, stretching or strength routine.',
      },
      howDidItGo: 'How did it go?',
      outcomes: {
        notTried: 'Not tried',
        noRelief: 'It did not help',
        temporaryRelief: 'It helped for a while',
        lastingRelief: 'It helped and still helps',
      },
    },
    priorProcedures: {
      title: 'Your earlier injections and procedures',
      intro:
        'You said you have had injections or nerve blocks for this pain. Tell us a little more.',
      kinds: {
        legend: 'Which of these have you had?',
        hint: 'Choose all that apply.',
        options: {
          epidural: 'Epidural steroid injection',
          facetOrMedialBranchBlock: 'Facet joint injection or medial branch block',
          radiofrequencyAblation: 'Radiofrequency ablation',
          kneeInjection: 'A knee injection or knee nerve block',
          headOrNerveBlock: 'A nerve block for headaches or nerve pain',
          spinalCordStimulatorTrial: 'A trial of a spinal cord stimulator',
          other: 'Another injection, or I am not sure which',
        },
        hints: {
          epidural: 'Medicine put near the nerves of the spine, in the back or neck.',
          facetOrMedialBranchBlock:
            'Numbing medicine put in or near the facet joints: the small joints that link the bones of the spine.',
          radiofrequencyAblation:
            'Heat from the tip of a needle quiets a nerve that carries pain, so relief can last for months.',
          headOrNerveBlock: 'For example, at the back of the head.',
          spinalCordStimulatorTrial:
            'A small device sends mild electric pulses to the spine. It is tested for about a week.',
        },
      },
      relief: {
        legend: 'At its best, how much did it help?',
        options: {
          none: 'It did not help',
          under50: 'A little: less than half of the pain went away (under 50%)',
          '50to79': 'Half or more of the pain went away (50–79%)',
          '80plus': 'Most or all of the pain went away (80% or more)',
        },
      },
      lasted: {
        legend: 'How long did the help last?',
        options: {
          underOneDay: 'Less than a day',
          daysToWeeks: 'Days to weeks',
          monthsOrMore: 'Months or longer',
        },
      },
    },
    imaging: {
      title: 'X-rays and scans',
      intro: 'If more than one place hurts, answer for the pain that bothers you most.',
      legend: 'What is the latest X-ray or scan of the place that hurts?',
      options: {
        none: 'I have not had an X-ray or scan',
        xrayOnly: 'X-rays only',
        mriOrCtWithin2Years: 'An MRI or CT scan in the past 2 years',
        mriOrCtOlder: 'An MRI or CT scan more than 2 years ago',
        unsure: 'I am not sure',
      },
    },
    history: {
      title: 'Your health',
      history: {
        legend: 'Do any of these apply to you?',
        hint: 'Choose all that apply, or none. This helps the doctor keep you safe.',
        options: {
          bloodThinners: 'I take blood thinners, including a daily aspirin',
          bleedingDisorder: 'I have a bleeding disorder',
          activeInfection: 'I have an infection now',
          pregnant: 'I am pregnant, or might be',
          diabetes: 'I have diabetes',
          implantedDevice: 'I have a pacemaker, defibrillator or other implanted electrical device',
          immunosuppressed: 'I have a weak immune system, or take medicines that weaken it',
          osteoporosis: 'I have thin, weak bones (osteoporosis)',
          glp1Agonist: 'I take a weekly shot or a daily pill for diabetes or weight loss',
        },
        hints: {
          glp1Agonist: 'Such as Ozempic, Wegovy, Mounjaro, Zepbound or Rybelsus.',
          bleedingDisorder: 'I bleed or bruise much more easily than most people.',
          pregnant:
            'Many pain procedures use fluoroscopy: a live X-ray picture that guides the needle.',
          immunosuppressed:
            'For example: you had a transplant, you get cancer treatment, or you take steroid pills every day.',
        },
      },
      bloodThinnerKinds: {
        legend: 'Which blood thinner do you take?',
        hint: 'Choose all that apply. Brand names are in brackets.',
        options: {
          aspirin: 'Aspirin',
          antiplatelet:
            'Clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta), cilostazol or dipyridamole',
          warfarin: 'Warfarin (Coumadin)',
          doac: 'Apixaban (Eliquis), rivaroxaban (Xarelto), dabigatran (Pradaxa) or edoxaban (Savaysa)',
          heparin: 'Blood thinner shots, such as enoxaparin (Lovenox) or fondaparinux (Arixtra)',
          unsure: 'I am not sure which',
        },
      },
    },
    allergies: {
      title: 'Allergies and steroid medicines',
      allergies: {
        legend: 'Are you allergic to any of these?',
        hint: 'Choose all that apply, or none.',
        options: {
          contrastDye: 'Contrast dye',
          localAnesthetic: 'Numbing medicine (local anesthetic)',
          steroids: 'Steroids',
          latex: 'Latex',
        },
        hints: {
          contrastDye: 'The dye used in some X-rays and scans to show the body more clearly.',
        },
      },
      steroidInjections: {
        label: 'In the past 12 months, how many steroid shots have you had?',
        hint: 'Also called cortisone shots, in any part of the body. Enter 0 if none.',
      },
      steroidCourses: {
        label:
          'In the past 12 months, how many times have you taken steroid tablets for a short time?',
        hint: 'For example, a prednisone pack. Enter 0 if none.',
      },
    },
    mood: {
      title: 'How you have been feeling',
      intro:
        'Pain and mood often affect each other. These questions help the clinic care for you as a whole person.',
      stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
      phq2: ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless'],
      gad2: ['Feeling nervous, anxious, or on edge', 'Not being able to stop or control worrying'],
      answers: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
      attribution: 'These four questions are the PHQ-2 and GAD-2, free to use.',
      selfHarm: {
        legend:
          'In the past 2 weeks, have you had thoughts that you would be better off dead, or of hurting yourself in some way?',
        hint: 'Many people who live with pain have thoughts like these at times. Your answer helps us make sure you get support.',
      },
    },
    goals: {
      title: 'What do you hope for?',
      legend: 'What would you most like to change?',
      hint: 'Choose all that apply.',
      options: {
        lessPain: 'Less pain',
        lessMedication: 'Take less pain medicine',
        backToActivities: 'Get back to my activities',
        betterSleep: 'Sleep better',
        avoidSurgery: 'Avoid surgery',
        painFree: 'Be completely free of pain',
      },
    },
  },
  review: {
    title: 'Check your answers',
    intro: 'You can change any answer before you see your result.',
    change: (what) => `Change ${what}`,
    confirm: 'See my result',
    none: 'None',
  },
  answerNames: {
    age: 'Age',
    redFlags: 'Warning signs',
    locations: 'Where it hurts',
    duration: 'How long',
    painAverage: 'Average pain',
    painWorst: 'Worst pain',
    interference: 'Gets in the way of daily life',
    steroidInjectionsPast12Months: 'Steroid shots in the past 12 months',
    steroidCoursesPast12Months: 'Steroid tablet courses in the past 12 months',
    priorProcedures: 'Earlier injections and procedures',
    imaging: 'Latest X-ray or scan',
    bloodThinnerKinds: 'Blood thinner',
    mood: {
      phq2: 'Interest and mood, past 2 weeks',
      gad2: 'Nerves and worry, past 2 weeks',
      selfHarmThoughts: 'Thoughts of being better off dead or of self-harm, past 2 weeks',
    },
    history: 'Health',
    allergies: 'Allergies',
    goals: 'Goals',
    back: {
      legPain: 'Back pain goes into the leg',
      worseWith: 'Back pain is worse with',
      diagnoses: 'Back diagnosis',
      priorSurgery: 'Spine surgery, pain still there',
    },
    neck: {
      armPain: 'Neck pain goes into the arm',
      worseWith: 'Neck pain is worse with',
      diagnoses: 'Neck diagnosis',
      priorSurgery: 'Neck surgery, pain still there',
    },
    knee: { diagnoses: 'Knee diagnosis', replacement: 'Knee replacement' },
    head: { types: 'Headache type', daysPerMonth: 'Headache days' },
    nerve: { cause: 'Cause of nerve pain' },
    outOf10: (n) => `${n} out of 10`,
    years: (n) => `${n} years`,
    daysAMonth: (n) => `${n} days a month`,
    procedureOutcome: (relief, lasted) => {
      const helped = {
        none: 'did not help',
        under50: 'helped less than 50%',
        '50to79': 'helped 50–79%',
        '80plus': 'helped 80% or more',
      }[relief];
      const howLong = {
        underOneDay: 'for less than a day',
        daysToWeeks: 'for days to weeks',
        monthsOrMore: 'for months or longer',
      };
      return relief === 'none' || lasted === undefined ? helped : `${helped}, ${howLong[lasted]}`;
    },
  },
  stepNames: {
    age: 'your age',
    redFlags: 'warning signs',
    locations: 'where it hurts',
    back: 'lower back details',
    neck: 'neck details',
    knee: 'knee details',
    head: 'headache details',
    nerve: 'nerve pain details',
    duration: 'how long',
    pain: 'how bad',
    treatments: 'treatments tried',
    priorProcedures: 'earlier injections and procedures',
    imaging: 'X-rays and scans',
    history: 'health',
    allergies: 'allergies and steroids',
    mood: 'how you have been feeling',
    goals: 'goals',
  },
  emergency: {
    title: 'Please get emergency care now',
    body: 'Your answer can be a sign of a serious problem that needs care right away. Do not wait for a clinic appointment.',
    call: 'Call 911',
    er: 'Or go to the nearest emergency room now.',
    drive: 'Do not drive yourself.',
    because: 'You told us:',
    infectionRisk:
      'You have a fever, a weak immune system, and back or neck pain. Together, these can be a sign of an infection near the spine.',
    notSent: 'None of your answers were sent to anyone.',
    mistake: 'Chose this by mistake? Go back and change your answer',
  },
  urgentNotice: {
    title: 'Please contact your doctor or an urgent care today',
    body: 'You told us about signs that a doctor should check soon:',
    finish:
      'You can finish this check if you like. The clinic will see your answers when you send them at the end.',
    worse: 'If you feel much worse, call 911 or go to an emergency room.',
    continue: 'Continue the check',
  },
  crisis: {
    title: 'You do not have to face this alone',
    body: 'Thank you for telling us. You can talk to someone right now, free, day or night.',
    call: 'Call 988',
    text: 'Text 988',
    spanish: '988 also helps in Spanish: press 2 when you call, or text AYUDA to 988.',
    danger: 'If you are in danger now:',
    call911: 'call 911',
    textSpanish: 'Enviar AYUDA por texto al 988',
    notWatched:
      'This form is not watched around the clock, so no one will see your answer right away.',
    keepGoing: 'You can keep going with the check when you are ready.',
  },
  under18: {
    title: 'This check is for adults',
    body: 'Pain in children and teens needs care from doctors who treat young people. Please talk with your family doctor or a pediatric pain specialist.',
    next: 'If you are filling this in for an adult, start over and enter their age.',
  },
  request: {
    title: 'Ask for a consultation',
    intro:
      'Leave your details and the clinic will call you back. Your answers and your result are sent with your request, so you will not have to repeat them.',
    firstName: 'First name',
    lastName: 'Last name',
    dateOfBirth: 'Date of birth',
    dateOfBirthHint: 'So the clinic can find the right record.',
    phone: 'Phone number',
    phoneHint: 'For example: (732) 555-0142',
    email: 'Email (optional)',
    emailHint: 'Only if you would like to hear from us by email.',
    preferredContact: {
      legend: 'How should we contact you?',
      options: { phone: 'Phone call', text: 'Text message', email: 'Email' },
    },
    bestTime: {
      legend: 'When is the best time to reach you?',
      options: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', any: 'Any time' },
    },
    message: 'Anything else you want us to know? (optional)',
    consentLegend: 'Your permission',
    consentContact: 'The clinic may contact me about this request in the way I chose.',
    consentPrivacy:
      'I agree that the clinic keeps my answers and contact details to handle my request, and shares them only with the staff who care for me.',
    send: 'Send my request',
    sending: 'Sending your request…',
    errors: {
      firstName: {
        empty: 'Please enter your first name.',
        tooLong: (max, length) =>
          `Your first name must be ${grouped(max)} characters or fewer (this one has ${grouped(length)}).`,
      },
      lastName: {
        empty: 'Please enter your last name.',
        tooLong: (max, length) =>
          `Your last name must be ${grouped(max)} characters or fewer (this one has ${grouped(length)}).`,
      },
      dateOfBirth: {
        empty: 'Please enter your date of birth.',
        notReal: 'Please enter a real date of birth, with its day, month and year.',
        future: 'Your date of birth must be a date in the past.',
        tooOld: (years) =>
          `Your date of birth cannot be more than ${years} years ago. Please check the year.`,
        age: (age) =>
          `This date of birth does not match the age you gave (${age}). Please check both.`,
      },
      phone: {
        empty: 'Please enter your phone number.',
        characters:
          'Your phone number can have only digits, spaces, brackets, dots and dashes, and a + at the start.',
        digits: (min, max, count) =>
          `A phone number needs ${min} to ${max} digits. This one has ${count}.`,
        tooLong: (max, length) =>
          `Your phone number must be ${grouped(max)} characters or fewer, spaces included (this one has ${grouped(length)}).`,
      },
      email: {
        invalid: 'Please enter an email address like name@example.com.',
        tooLong: (max, length) =>
          `Your email address must be ${grouped(max)} characters or fewer (this one has ${grouped(length)}).`,
        needed: 'Please enter your email address, or choose another way to contact you.',
      },
      message: {
        tooLong: (max, length) =>
          `Your message must be ${grouped(max)} characters or fewer (this one has ${grouped(length)}).`,
      },
      consentContact: 'Please tick this box, so the clinic may contact you about your request.',
      consentPrivacy:
        'Please tick this box, so the clinic may keep your details to handle your request.',
      hiddenCharacters: (field) =>
        `${field}: this has hidden formatting characters, often from copying and pasting. Please type it again.`,
    },
    failed: {
      offline:
        'We could not reach the clinic. Please check your internet connection and try again. Your answers are kept.',
      server:
        'The clinic’s system had a problem. Please try again in a moment. Your answers are kept.',
      rateLimited:
        'Too many requests were sent from this connection. Please wait a minute and try again.',
      outdated:
        'This form was updated while you were answering. Please reload the page and answer the new questions.',
      rejected:
        'The clinic could not accept this request. Please check your details, or call the clinic.',
    },
    retry: 'Try again',
  },
};
