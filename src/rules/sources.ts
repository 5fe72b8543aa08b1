// The typed source registry of CLINICAL.md. Every Reason names one of these ids. S0 is the clinic's
// own article; its passages are quoted verbatim (a test checks each against the article's text),
// so the app can show the patient the clinic's exact words.

export const sourceIds = [
  'S0',
  'R1',
  'R2',
  'R3',
  'R4',
  'G1',
  'G2',
  'G3',
  'G4',
  'G5',
  'G6',
  'G7',
  'G8',
  'G9',
  'G10',
  'F1',
  'P1',
  'P2',
  'L1',
  'A1',
] as const;
export type SourceId = (typeof sourceIds)[number];

/** Verbatim passages of the clinic article (S0), keyed by what they support. */
export const clinicArticle = {
  candidates:
    'It is most appropriate for those with persistent pain for whom traditional therapies such as medicine and physical therapy have been ineffective.',
  epiduralSteroidInjection:
    'Epidural Steroid Injections are administered directly into the epidural region around the spinal cord during these procedures. When it comes to treating pain brought on by inflammation around the nerve roots, they can be quite helpful.',
  facetJointInjection:
    'Facet Joint Injections are small joints between vertebrae. Injections administer medicine directly into these joints, relieving discomfort caused by inflammation or arthritis.',
  nerveBlock:
    'Nerve Blocks or a mix of medicines is injected close to a particular nerve or set of nerves during these procedures in order to inhibit pain signals.',
  spinalCordStimulation:
    'Spinal Cord Stimulation is a method which applies modest electrical pulses to the spinal cord via implanted electrodes, which can interfere with pain impulses and alleviate symptoms.',
  radiofrequencyAblation:
    'Radiofrequency Ablation is a minimally invasive procedure uses radiofrequency waves to create heat lesions in targeted nerves, interrupting pain signals.',
  backPain:
    'Back Pain: This includes discomfort caused by discs herniation, spinal stenosis, and facet joint arthritis.',
  neckPain:
    'Neck Pain: Procedures can target pain originating from the cervical spine, including nerve impingement.',
  kneePain:
    'Knee Pain: Additionally, interventional techniques can address pain from osteoarthritis, bursitis, and meniscus tears.',
  headaches:
    'Headaches: Further, chronic migraines and cluster headaches can be treated with nerve blocks or other procedures.',
  neuropathy:
    'Neuropathy: This nerve damage can cause pain, numbness, and tingling. Interventional procedures can help manage these symptoms.',
  severity:
    'Severity of Pain: If your pain is mild and responds well to conservative treatments, interventional procedures might not be necessary. However, if your pain is severe and limits your daily activities, interventional pain medicine could significantly improve your quality of life.',
  medicalHistory:
    'Medical History: Certain medical conditions may increase your risk of complications from interventional procedures. Be sure to discuss your complete medical history with your doctor to determine if interventional pain medicine is safe for you.',
  realisticExpectations:
    'Realistic Expectations: Furthermore, it’s important to understand that interventional pain procedures are not a cure for chronic pain. They aim to manage your pain and improve your function, but they may not eliminate it completely.',
  infection:
    'Infection: As with any treatment involving needles, there is a slight chance of infection at the injection site.',
  bleeding: 'Bleeding: Minor bleeding at the injection site is possible.',
  nerveInjury:
    'Nerve Injury: Further, there’s a very small risk of nerve injury during the procedure.',
  medicationSideEffects:
    'Medication Side Effects: Also, depending on the medications used, you may experience temporary side effects like numbness, tingling, or weakness.',
  immediateRelief:
    'Immediate Relief: Some procedures, like injections, may provide immediate pain relief that can last for weeks or months.',
  gradualImprovement:
    'Gradual Improvement: Other procedures, like spinal cord stimulation, may take time to take full effect, requiring adjustments to optimize pain relief.',
  procedureDay:
    'Injections typically take a short time, while procedures like spinal cord stimulation may involve a small outpatient surgery.',
  outpatient:
    'Recovery: Furthermore, most interventional pain procedures happen on an outpatient basis, allowing you to go home the same day.',
  notForEveryone:
    'While interventional pain medicine offers a promising approach to chronic pain management, it’s not suitable for everyone.',
  specialistEvaluates:
    'They are able to evaluate each case separately and decide if this strategy is appropriate for you.',
} as const;
export type ClinicPassage = keyof typeof clinicArticle;

export type Source =
  | {
      id: 'S0';
      title: string;
      url: 'clinic article';
      passages: typeof clinicArticle;
    }
  | { id: Exclude<SourceId, 'S0'>; title: string; url: string | null; citation: string };

export const sources = {
  S0: {
    id: 'S0',
    title: 'What is Interventional Pain Medicine? (New Jersey Pain, Spine & Sports Associates)',
    url: 'clinic article',
    passages: clinicArticle,
  },
  R1: {
    id: 'R1',
    title: 'AHCPR acute low back problems: red flags for potentially serious conditions',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
    citation: 'Agency for Health Care Policy and Research, Clinical Practice Guideline 14 (1994).',
  },
  R2: {
    id: 'R2',
    title: 'NICE CG150: Headaches in over 12s, diagnosis and management',
    url: 'https://www.nice.org.uk/guidance/cg150/chapter/guidance',
    citation: 'National Institute for Health and Care Excellence, CG150.',
  },
  R3: {
    id: 'R3',
    title: 'Neck Pain: Initial Evaluation and Management (red flags)',
    url: 'https://www.aafp.org/pubs/afp/issues/2020/0801/p150.html',
    citation: 'Childress MA, Stuek SJ. Am Fam Physician. 2020;102(3):150-156.',
  },
  R4: {
    id: 'R4',
    title: 'Spinal epidural abscess (risk factors) and septic arthritis as emergencies',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK441890/',
    citation:
      'StatPearls: a recent spinal procedure, injection drug use and a weakened immune system raise the risk of spinal infection; a hot swollen joint with fever is an emergency.',
  },
  G1: {
    id: 'G1',
    title: 'NICE NG59: Low back pain and sciatica in over 16s',
    url: 'https://www.nice.org.uk/guidance/ng59',
    citation:
      'National Institute for Health and Care Excellence, NG59: consider an epidural injection for acute severe sciatica; radiofrequency denervation only after a positive diagnostic medial branch block; do not offer spinal (facet) injections for low back pain, nor epidurals for neurogenic claudication; psychological approaches within a combined programme.',
  },
  G2: {
    id: 'G2',
    title:
      'NICE TA159: Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin',
    url: 'https://www.nice.org.uk/guidance/TA159/chapter/1-recommendations',
    citation:
      'National Institute for Health and Care Excellence, TA159: neuropathic pain of at least 50/100 for at least 6 months despite conventional care, after a successful trial.',
  },
  G3: {
    id: 'G3',
    title:
      'Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications (ASRA guidelines)',
    url: 'https://rapm.bmj.com/content/40/3/182',
    citation: 'Narouze S, et al. Reg Anesth Pain Med. 2015;40(3):182-212.',
  },
  G4: {
    id: 'G4',
    title: 'Contraindications to epidural steroid injections',
    url: 'https://www.medscape.com/answers/325733-123799/',
    citation:
      'Medscape: infection, bleeding disorder or anticoagulation, allergy, pregnancy (fluoroscopy), diabetes.',
  },
  G5: {
    id: 'G5',
    title: 'Spinal cord stimulation: patient selection and contraindications',
    url: 'https://www.neuromodfound.org/treatment_of_chronic_neuropathic_pain/patient_selection/contraindication/index.html',
    citation:
      'Neuromodulation Foundation: pacemaker or defibrillator, need for MRI, infection, anticoagulation.',
  },
  G6: {
    id: 'G6',
    title: 'Effect of steroid injections on blood glucose in people with diabetes',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7214140',
    citation: 'Blood glucose rises for several days after a corticosteroid injection.',
  },
  G7: {
    id: 'G7',
    title: 'Occipital nerve blocks: when and what to inject?',
    url: null,
    citation: 'Tobin J, Flitman S. Headache. 2009;49(10):1521-1533.',
  },
  G8: {
    id: 'G8',
    title: 'Genicular nerve block and radiofrequency ablation for chronic knee pain (consensus)',
    url: 'https://rapm.bmj.com/content/48/4/151',
    citation: 'Reg Anesth Pain Med. 2023;48(4):151.',
  },
  G9: {
    id: 'G9',
    title: 'Chronic pain: pain that lasts or recurs for more than 3 months (IASP, ICD-11)',
    url: null,
    citation: 'Treede RD, et al. Pain. 2019;160(1):19-27.',
  },
  G10: {
    id: 'G10',
    title: 'CMS National Coverage Determination 160.7: electrical nerve stimulators',
    url: 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=240',
    citation:
      'Centers for Medicare & Medicaid Services, NCD 160.7: spinal cord stimulation after failed conventional therapy, with a psychological evaluation and a successful trial.',
  },
  F1: {
    id: 'F1',
    title:
      'FDA Drug Safety Communication: rare but serious neurologic problems after epidural corticosteroid injections',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-changes-warn-rare-serious-neurologic-problems-after',
    citation:
      'US Food and Drug Administration, 2014: loss of vision, stroke, paralysis and death have rarely been reported.',
  },
  P1: {
    id: 'P1',
    title: 'PHQ-2 and GAD-2 screening questions',
    url: 'https://www.phqscreeners.com/',
    citation:
      'Kroenke K, et al. Med Care. 2003;41(11):1284-92; Ann Intern Med. 2007;146(5):317-25. Free to use (Pfizer); a score of 3 or more screens positive.',
  },
  P2: {
    id: 'P2',
    title: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org/',
    citation: 'Call or text 988 in the US (Spanish option); call 911 in immediate danger.',
  },
  L1: {
    id: 'L1',
    title:
      'CMS Local Coverage Determination L33906: Epidural Steroid Injections for Pain Management',
    url: 'https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33906',
    citation:
      'A repeat epidural injection needs a clear response to the earlier one (at least 50% relief or better function).',
  },
  A1: {
    id: 'A1',
    title:
      'American Society of Anesthesiologists: GLP-1 receptor agonists before sedation or anesthesia',
    url: 'https://www.asahq.org/about-asa/newsroom/news-releases/2023/06/new-asa-guidance-on-glp-1-receptor-agonists',
    citation:
      'ASA 2023: these medicines slow stomach emptying, which raises the risk of aspiration under sedation.',
  },
} as const satisfies { [K in SourceId]: Source & { id: K } };
