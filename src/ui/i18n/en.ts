import type { Catalogue } from './catalogue';
import { enResult } from './en-result';

export const en: Catalogue = {
  languageName: 'English',
  app: {
    title: 'Could a pain procedure help you?',
    clinicFallback: 'Pain clinic',
    language: 'Language',
    stepOf: (step, of) => `Step ${step} of ${of}`,
    back: 'Back',
    next: 'Next',
    startOver: 'Start over',
    startOverConfirm: 'Start over? Your answers will be cleared.',
    errorSummary: 'Please check the answer marked below.',
    saveProgress: 'Save my progress on this device',
    saveProgressHint:
      'Your answers stay only in this browser for 24 hours, so you can come back. Leave this off on a shared device.',
    restored: 'Welcome back. We kept the answers you saved on this device.',
    privacy:
      'Your answers stay on your device. Nothing is sent to the clinic unless you ask for a consultation at the end.',
    yes: 'Yes',
    no: 'No',
    selectAll: 'Choose all that apply.',
    noneOfThese: 'None of these',
  },
  errors: {
    chooseOne: 'Please choose one answer.',
    chooseAtLeastOne: 'Please choose at least one.',
    age: 'Please enter your age in years, as a whole number.',
    painWorst: 'Your worst pain cannot be lower than your average pain.',
    wholeNumber: (min, max) => `Please enter a whole number from ${min} to ${max}.`,
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
      intro: 'These can be signs of a problem that needs care right away. Choose all that apply.',
      emergencyHeading: 'Signs that need emergency care',
      urgentHeading: 'Signs that need a doctor soon',
      options: {
        bladderBowelChange: 'New trouble controlling or passing urine or stool',
        saddleNumbness: 'Numbness around the genitals, buttocks or inner thighs',
        progressiveWeakness:
          'Weakness or numbness in your arms or legs that is getting worse, or in both legs',
        seriousInjury: 'The pain started after a serious accident, fall or injury',
        thunderclapHeadache: 'A sudden, very bad headache that got to its worst within minutes',
        headacheNeuroSymptoms:
          'Headache with confusion, fainting, loss of vision, double vision, trouble speaking, or fever with a stiff neck',
        feverChills: 'Fever, chills or night sweats along with the pain',
        cancerHistory: 'You have had cancer',
        unexplainedWeightLoss: 'Weight loss you cannot explain',
        nightPain:
          'Constant pain that is bad at night and does not ease with rest or changing position',
      },
    },
    locations: {
      title: 'Where is your pain?',
      intro: 'Tap each place that hurts on the body, or use the list. Choose all that apply.',
      diagram: 'Body diagram: choose where it hurts',
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
          spinalStenosis: 'Spinal stenosis (narrowing)',
          facetArthritis: 'Facet joint arthritis',
          degenerativeDisc: 'Worn discs (degenerative disc disease)',
          sciatica: 'Sciatica',
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
      intro: 'For each one, tell us if you tried it and how it went.',
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
      hints: {
        otcMedication: 'Such as ibuprofen, naproxen or acetaminophen',
        prescriptionMedication: 'Including nerve pain medicines and muscle relaxants',
        opioids: 'Such as oxycodone, hydrocodone or tramadol',
      },
      outcomes: {
        notTried: 'Not tried',
        noRelief: 'Did not help',
        temporaryRelief: 'Helped for a while',
        lastingRelief: 'Helped and still helps',
      },
      steroidCount: {
        label: 'How many steroid injections have you had in the past 12 months?',
        hint: 'Any part of the body. Enter 0 if none.',
      },
    },
    history: {
      title: 'Your health',
      history: {
        legend: 'Do any of these apply to you?',
        hint: 'Choose all that apply, or none. This helps the doctor keep you safe.',
        options: {
          bloodThinners: 'I take blood thinners (for example warfarin, apixaban, clopidogrel)',
          bleedingDisorder: 'I have a bleeding disorder',
          activeInfection: 'I have an infection now',
          pregnant: 'I am pregnant or may be pregnant',
          diabetes: 'I have diabetes',
          implantedDevice: 'I have a pacemaker, defibrillator or other implanted electrical device',
          immunosuppressed: 'I have a weak immune system or take medicines that weaken it',
        },
      },
      allergies: {
        legend: 'Are you allergic to any of these?',
        hint: 'Choose all that apply, or none.',
        options: {
          contrastDye: 'X-ray contrast dye',
          localAnesthetic: 'Numbing medicine (local anesthetic)',
          steroids: 'Steroids',
          latex: 'Latex',
        },
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
    steroidInjectionsPast12Months: 'Steroid injections in the past 12 months',
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
    history: 'health and allergies',
    goals: 'goals',
  },
  ...enResult,
  emergency: {
    title: 'Please get emergency care now',
    body: 'Your answer can be a sign of a serious problem that needs care right away. Do not wait for a clinic appointment.',
    call: 'Call 911',
    er: 'Or go to the nearest emergency room now.',
    because: 'You told us:',
    notSent: 'None of your answers were sent to anyone.',
    mistake: 'Chose this by mistake? Start over',
  },
  crisis: {
    title: 'You do not have to face this alone',
    body: 'Thank you for telling us. You can talk to someone right now, free, day or night.',
    call: 'Call 988',
    text: 'Text 988',
    spanish: '988 also helps in Spanish: press 2 when you call, or text AYUDA to 988.',
    danger: 'If you are in danger now:',
    call911: 'call 911',
    notWatched:
      'This form is not watched around the clock, so no one will see your answer right away. You can keep going with the check when you are ready.',
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
    messageHint: (left) => `${left} characters left`,
    consentLegend: 'Your permission',
    consentContact: 'The clinic may contact me about this request in the way I chose.',
    consentPrivacy:
      'I agree that the clinic keeps my answers and contact details to handle my request, and shares them only with the staff who care for me.',
    send: 'Send my request',
    sending: 'Sending your request…',
    errors: {
      required: 'Please fill this in.',
      dateOfBirth: 'Please enter your date of birth.',
      dateOfBirthAge: (age) =>
        `This date of birth does not match the age you gave (${age}). Please check both.`,
      phone: 'Please enter a phone number with 7 to 15 digits.',
      email: 'Please enter an email address like name@example.com.',
      emailNeeded: 'Please enter your email address, or choose another way to contact you.',
      consent: 'Please tick this box to send your request.',
      hiddenCharacters:
        'This has hidden formatting characters, often from copying and pasting. Please type it again.',
    },
    failed: {
      offline:
        'We could not reach the clinic. Please check your internet connection and try again. Your answers are kept.',
      server:
        'The clinic’s system had a problem. Please try again in a moment. Your answers are kept.',
      rateLimited:
        'Too many requests were sent from this connection. Please wait a minute and try again.',
      rejected:
        'The clinic could not accept this request. Please check your details, or call the clinic.',
    },
    retry: 'Try again',
  },
};
