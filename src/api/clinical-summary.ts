import type {
  Allergy,
  Answers,
  BackDetails,
  BloodThinnerKind,
  Duration,
  Goal,
  HeadDetails,
  HistoryItem,
  KneeDetails,
  Location,
  NeckDetails,
  NerveDetails,
  TreatmentKind,
  TreatmentOutcome,
  Fit,
  Imaging,
  PriorProcedureKind,
  ProcedureId,
  ProcedureLasted,
  ProcedureRelief,
  Reason,
  RedFlag,
  RedFlagLevel,
  Severity,
  Verdict,
  VerdictReason,
} from '../rules';
import type { Contact, IntakeRecord } from './contract';

// The clinician's summary of an intake: the case in clinical words, built once and read the same
// way by the staff view, the printout, the CSV export and the FHIR export. Pure, English (staff
// read English), and total over what was stored: an intake of answers version 1 shows what it
// has, and a code this release does not know shows as the code rather than failing.

const words = <K extends string>(map: Record<K, string>) => map;
/** The words for a code, or the code itself when a later or earlier ruleset has others. */
export const labelOr = (map: Partial<Record<string, string>>, code: string): string =>
  map[code] ?? code;

export const verdictWords = words<Verdict>({
  emergency: 'Emergency',
  urgent: 'Urgent',
  goodCandidate: 'Good candidate',
  possibleCandidate: 'Possible candidate',
  conservativeFirst: 'Conservative care first',
});

export const verdictReasonWords = words<VerdictReason>({
  emergencyFlag: 'an emergency warning sign',
  infectionRisk: 'fever with immunosuppression and spinal pain (possible spinal infection)',
  urgentFlag: 'an urgent warning sign',
  mild: 'mild pain and interference (3/10 or less)',
  recent: 'pain for under 6 weeks',
  nothingTried: 'no conservative treatment tried',
  respondingToTreatment: 'lasting relief from conservative care, average pain 4/10 or less',
  noActiveTherapy: 'no physical therapy or exercise tried (musculoskeletal pain)',
  strongMatch: 'a strong procedure match after failed conservative care',
  notChronic: 'not yet chronic',
  notSevere: 'average pain and interference under 5/10',
  someLastingRelief: 'some conservative treatment gives lasting relief',
  medicalReviewFirst: 'pregnancy, active infection or a bleeding disorder to review first',
  noStrongMatch: 'procedures matched, none strongly',
  noProcedureMatched: 'no procedure matched',
});

export const procedureWords = words<ProcedureId>({
  epiduralSteroidInjection: 'Epidural steroid injection',
  facetJointInjection: 'Facet joint injection',
  nerveBlock: 'Nerve block',
  spinalCordStimulation: 'Spinal cord stimulation',
  radiofrequencyAblation: 'Radiofrequency ablation',
});

export const fitWords = words<Fit>({ strong: 'good fit', possible: 'possible fit' });

export const redFlagWords = words<RedFlag>({
  bladderBowelChange: 'urinary retention or incontinence since onset (possible cauda equina)',
  saddleNumbness: 'new saddle anesthesia (possible cauda equina)',
  progressiveWeakness: 'acute or progressive motor weakness',
  seriousInjury: 'significant trauma within 6 weeks, not yet assessed',
  thunderclapHeadache: 'thunderclap headache in the past week',
  headacheNeuroSymptoms: 'headache with focal neurological symptoms or meningism',
  spinalInfectionRisk:
    'fever with spinal pain and a spinal infection risk (recent spinal procedure, IV drug use or immunosuppression)',
  hotSwollenJoint: 'hot, swollen joint with fever (possible septic arthritis)',
  giantCellArteritisSigns:
    'new headache with jaw claudication, scalp tenderness or visual change (possible giant cell arteritis)',
  feverChills: 'fever, chills or night sweats',
  cancerHistory: 'history of cancer, pain of recent onset',
  unexplainedWeightLoss: 'unintentional weight loss of 4.5 kg or more in 6 months',
  nightPain: 'constant non-mechanical night pain (past 6 weeks)',
  myelopathySigns: 'new gait unsteadiness or hand clumsiness (possible myelopathy)',
  fractureRisk: 'minor trauma with osteoporosis or long-term oral steroids (possible fracture)',
  positionalOrCoughHeadache: 'new positional or cough/Valsalva-provoked headache',
});

/** A warning sign in two or three words, for the inbox's column. */
export const redFlagShortWords = words<RedFlag>({
  bladderBowelChange: 'bladder/bowel change',
  saddleNumbness: 'saddle numbness',
  progressiveWeakness: 'progressive weakness',
  seriousInjury: 'recent trauma',
  thunderclapHeadache: 'thunderclap headache',
  headacheNeuroSymptoms: 'headache, neuro signs',
  spinalInfectionRisk: 'spinal infection risk',
  hotSwollenJoint: 'hot swollen joint',
  giantCellArteritisSigns: 'GCA signs',
  feverChills: 'fever/chills',
  cancerHistory: 'cancer history',
  unexplainedWeightLoss: 'weight loss',
  nightPain: 'night pain',
  myelopathySigns: 'myelopathy signs',
  fractureRisk: 'fracture risk',
  positionalOrCoughHeadache: 'positional headache',
});

/** Short words for a stored warning sign (of any ruleset). */
export const shortWarningSign = (id: string) => labelOr(redFlagShortWords, id);

const durationWords = words<Duration>({
  under6Weeks: 'under 6 weeks',
  '6WeeksTo3Months': '6 weeks to 3 months',
  '3To6Months': '3–6 months',
  '6To12Months': '6–12 months',
  over1Year: 'over a year',
});

const legPainWords = words<BackDetails['legPain']>({
  none: 'axial (no leg pain)',
  buttockOrThigh: 'pain referred to the buttock or thigh',
  belowKnee: 'leg pain below the knee (radicular)',
});
const armPainWords = words<NeckDetails['armPain']>({
  none: 'axial (no arm pain)',
  shoulder: 'pain referred to the shoulder',
  belowElbow: 'arm pain below the elbow (radicular)',
});
const worseWithWords = words<BackDetails['worseWith'][number] | NeckDetails['worseWith'][number]>({
  standingWalking: 'worse standing or walking (claudicant pattern)',
  bendingBackwardTwisting: 'worse with extension or rotation (facet loading)',
  sittingBendingForward: 'worse sitting or bending forward (flexion-provoked)',
  turningOrLookingUp: 'worse turning the head or looking up (facet loading)',
});
const backDiagnosisWords = words<BackDetails['diagnoses'][number]>({
  discHerniation: 'lumbar disc herniation',
  spinalStenosis: 'lumbar spinal stenosis',
  facetArthritis: 'lumbar facet arthropathy',
  degenerativeDisc: 'lumbar degenerative disc disease',
  sciatica: 'sciatica',
});
const neckDiagnosisWords = words<NeckDetails['diagnoses'][number]>({
  discHerniation: 'cervical disc herniation',
  pinchedNerve: 'cervical radiculopathy',
  facetArthritis: 'cervical facet arthropathy',
  degenerativeDisc: 'cervical degenerative disc disease',
});
const kneeDiagnosisWords = words<KneeDetails['diagnoses'][number]>({
  osteoarthritis: 'knee osteoarthritis',
  bursitis: 'knee bursitis',
  meniscusTear: 'meniscal tear',
});
const kneeReplacementWords = words<KneeDetails['replacement']>({
  none: 'no knee replacement',
  hadReplacement: 'knee replacement done',
  notWantedOrNotAdvised: 'knee replacement not wanted or not advised',
});
const headacheWords = words<HeadDetails['types'][number]>({
  migraine: 'migraine',
  cluster: 'cluster headache',
  backOfHead: 'occipital headache',
  other: 'other headache',
});
const nerveCauseWords = words<NerveDetails['cause']>({
  diabetes: 'painful diabetic neuropathy',
  afterSurgeryOrInjury: 'post-surgical or post-traumatic neuropathic pain',
  crps: 'complex regional pain syndrome',
  chemotherapy: 'chemotherapy-induced neuropathy',
  shingles: 'post-herpetic neuralgia',
  unknown: 'neuropathic pain, cause unknown',
});
const treatmentWords = words<TreatmentKind>({
  otcMedication: 'OTC analgesics',
  prescriptionMedication: 'prescription medication',
  opioids: 'opioids',
  physicalTherapy: 'physical therapy',
  chiropractic: 'chiropractic',
  exercise: 'home exercise',
  injections: 'injections',
  surgery: 'surgery',
});
const outcomeWords = words<TreatmentOutcome>({
  notTried: 'not tried',
  noRelief: 'no relief',
  temporaryRelief: 'temporary relief',
  lastingRelief: 'lasting relief',
});
export const priorProcedureWords = words<PriorProcedureKind>({
  epidural: 'Epidural steroid injection',
  facetOrMedialBranchBlock: 'Facet injection or medial branch block',
  radiofrequencyAblation: 'Radiofrequency ablation',
  kneeInjection: 'Knee injection or genicular nerve block',
  headOrNerveBlock: 'Head or peripheral nerve block',
  spinalCordStimulatorTrial: 'Spinal cord stimulator trial',
  other: 'Other injection or procedure',
});
export const reliefWords = words<ProcedureRelief>({
  none: 'no relief',
  under50: 'under 50% relief',
  '50to79': '50–79% relief',
  '80plus': '80% or more relief',
});
export const lastedWords = words<ProcedureLasted>({
  underOneDay: 'lasting under a day',
  daysToWeeks: 'lasting days to weeks',
  monthsOrMore: 'lasting months or more',
});
export const imagingWords = words<Imaging>({
  none: 'none',
  xrayOnly: 'X-ray only',
  mriOrCtWithin2Years: 'MRI or CT within 2 years',
  mriOrCtOlder: 'MRI or CT over 2 years ago',
  unsure: 'not sure',
});
/** By drug class: how long to hold each before a procedure differs. */
export const bloodThinnerWords = words<BloodThinnerKind>({
  aspirin: 'aspirin',
  antiplatelet:
    'P2Y12 or other antiplatelet (clopidogrel, prasugrel, ticagrelor, cilostazol, dipyridamole)',
  warfarin: 'vitamin K antagonist (warfarin)',
  doac: 'DOAC (apixaban, rivaroxaban, dabigatran, edoxaban)',
  heparin: 'LMWH or fondaparinux (enoxaparin, fondaparinux)',
  unsure: 'anticoagulant or antiplatelet, class not known',
});
const historyWords = words<HistoryItem>({
  bloodThinners: 'anticoagulant or antiplatelet',
  bleedingDisorder: 'bleeding disorder',
  activeInfection: 'active infection',
  pregnant: 'pregnant or possibly pregnant',
  diabetes: 'diabetes',
  implantedDevice: 'implanted electrical device (pacemaker, ICD or other)',
  immunosuppressed: 'immunosuppressed',
  osteoporosis: 'osteoporosis',
  glp1Agonist: 'GLP-1 receptor agonist',
});
const allergyWords = words<Allergy>({
  contrastDye: 'iodinated contrast',
  localAnesthetic: 'local anesthetic',
  steroids: 'corticosteroids',
  latex: 'latex',
});
const goalWords = words<Goal>({
  lessPain: 'less pain',
  lessMedication: 'less medication',
  backToActivities: 'return to activities',
  betterSleep: 'better sleep',
  avoidSurgery: 'avoid surgery',
  painFree: 'to be pain-free',
});
const locationWords = words<Location>({
  lowerBack: 'low back',
  neck: 'neck',
  knee: 'knee',
  head: 'headache',
  nervePain: 'neuropathic pain',
  other: 'other site',
});

/** Every version's answers, read by field: version 1 lacks some of version 2's fields. */
type AnyAnswers = Partial<Answers> & Pick<Answers, 'age' | 'locations' | 'redFlags'>;

const list = (items: string[], none = 'none reported') =>
  items.length === 0 ? none : items.join(', ');
const outOf10 = (n: number | undefined) => (n === undefined ? '?' : `${n}/10`);

/** One answer in clinical words, by its reason path (`back.legPain`, `history:diabetes`, …). */
export function clinicalAnswer(answers: AnyAnswers, path: string): string {
  const [field = path, member] = path.split(':');
  const a = answers;
  if (member !== undefined) {
    switch (field) {
      case 'redFlags':
        return labelOr(redFlagWords, member);
      case 'locations':
        return labelOr(locationWords, member);
      case 'back.worseWith':
      case 'neck.worseWith':
        return labelOr(worseWithWords, member);
      case 'back.diagnoses':
        return `reported ${labelOr(backDiagnosisWords, member)}`;
      case 'neck.diagnoses':
        return `reported ${labelOr(neckDiagnosisWords, member)}`;
      case 'knee.diagnoses':
        return `reported ${labelOr(kneeDiagnosisWords, member)}`;
      case 'head.types':
        return labelOr(headacheWords, member);
      case 'priorProcedures': {
        const p = a.priorProcedures?.find((q) => q.kind === member);
        return p === undefined
          ? `earlier ${labelOr(priorProcedureWords, member).toLowerCase()}`
          : `earlier ${labelOr(priorProcedureWords, p.kind).toLowerCase()} ${
              p.relief === '50to79' || p.relief === '80plus' ? 'helped' : 'did not help'
            } (${labelOr(reliefWords, p.relief)}, ${labelOr(lastedWords, p.lasted)})`;
      }
      case 'history':
        return labelOr(historyWords, member);
      case 'bloodThinnerKinds':
        return labelOr(bloodThinnerWords, member);
      case 'allergies':
        return `allergy to ${labelOr(allergyWords, member)}`;
      case 'goals':
        return member === 'painFree'
          ? 'expects to be pain-free'
          : `goal: ${labelOr(goalWords, member)}`;
    }
    return path;
  }
  if (field.startsWith('treatments.')) {
    const kind = field.slice('treatments.'.length);
    const outcome = (a.treatments as Partial<Record<string, string>> | undefined)?.[kind];
    return `${labelOr(treatmentWords, kind)}: ${labelOr(outcomeWords, outcome ?? '?')}`;
  }
  switch (field) {
    case 'age':
      return `age ${a.age}`;
    case 'locations':
      return `pain sites: ${a.locations.map((l) => labelOr(locationWords, l)).join(', ')}`;
    case 'redFlags':
      return `warning signs: ${list(
        a.redFlags.map((f) => labelOr(redFlagWords, f)),
        'none',
      )}`;
    case 'history':
      return `history: ${list((a.history ?? []).map((h) => labelOr(historyWords, h)))}`;
    case 'allergies':
      return `allergies: ${list((a.allergies ?? []).map((x) => labelOr(allergyWords, x)))}`;
    case 'goals':
      return `goals: ${list((a.goals ?? []).map((g) => labelOr(goalWords, g)))}`;
    case 'back.legPain':
      return `low back, ${labelOr(legPainWords, a.back?.legPain ?? '?')}`;
    case 'back.priorSurgery':
      return a.back?.priorSurgery ? 'prior lumbar spine surgery' : 'no prior lumbar spine surgery';
    case 'neck.armPain':
      return `neck, ${labelOr(armPainWords, a.neck?.armPain ?? '?')}`;
    case 'neck.priorSurgery':
      return a.neck?.priorSurgery
        ? 'prior cervical spine surgery'
        : 'no prior cervical spine surgery';
    case 'knee.replacement':
      return labelOr(kneeReplacementWords, a.knee?.replacement ?? '?');
    case 'head.daysPerMonth':
      return `${a.head?.daysPerMonth ?? '?'} headache days a month`;
    case 'nerve.cause':
      return labelOr(nerveCauseWords, a.nerve?.cause ?? '?');
    case 'duration':
      return `duration ${labelOr(durationWords, a.duration ?? '?')}`;
    case 'painAverage':
      return `average pain ${outOf10(a.painAverage)}`;
    case 'painWorst':
      return `worst pain ${outOf10(a.painWorst)}`;
    case 'interference':
      return `interference ${outOf10(a.interference)}`;
    case 'imaging':
      return `imaging: ${labelOr(imagingWords, a.imaging ?? '?')}`;
    case 'steroidInjectionsPast12Months':
      return `${a.steroidInjectionsPast12Months} steroid injections in 12 months`;
    case 'steroidCoursesPast12Months':
      return `${a.steroidCoursesPast12Months} oral steroid courses in 12 months`;
    case 'mood.phq2':
      return `PHQ-2 ${sum(a.mood?.phq2)}/6`;
    case 'mood.gad2':
      return `GAD-2 ${sum(a.mood?.gad2)}/6`;
    case 'mood.selfHarmThoughts':
      return 'thoughts of self-harm in the past 2 weeks';
  }
  return path;
}

const sum = (scores: readonly number[] | undefined) =>
  scores === undefined ? '?' : scores.reduce((x, y) => x + y, 0);

function priorProcedureLine(p: { kind: string; relief: string; lasted: string }): string {
  return `${labelOr(priorProcedureWords, p.kind)}: ${labelOr(reliefWords, p.relief)}, ${labelOr(lastedWords, p.lasted)}`;
}

/** How back and neck pain spread, in the one line's short words. */
const backSpread = words<BackDetails['legPain']>({
  none: 'axial',
  buttockOrThigh: 'referred to buttock or thigh',
  belowKnee: 'leg pain below the knee',
});
const neckSpread = words<NeckDetails['armPain']>({
  none: 'axial',
  shoulder: 'referred to the shoulder',
  belowElbow: 'arm pain below the elbow',
});

/** Where it hurts and how it spreads, one phrase per location. */
function pattern(a: AnyAnswers): string[] {
  return a.locations.map((location) => {
    switch (location) {
      case 'lowerBack':
        return a.back === undefined ? 'low back' : `low back, ${backSpread[a.back.legPain]}`;
      case 'neck':
        return a.neck === undefined ? 'neck' : `neck, ${neckSpread[a.neck.armPain]}`;
      case 'knee': {
        const diagnoses = a.knee?.diagnoses ?? [];
        return diagnoses.length === 0
          ? 'knee'
          : `knee (${diagnoses.map((d) => labelOr(kneeDiagnosisWords, d).replace(/^knee /, '')).join(', ')})`;
      }
      case 'head':
        return a.head === undefined
          ? 'headache'
          : `${a.head.types.map((type) => labelOr(headacheWords, type)).join(', ')}, ${a.head.daysPerMonth} days a month`;
      case 'nervePain':
        return a.nerve === undefined ? 'neuropathic pain' : labelOr(nerveCauseWords, a.nerve.cause);
      case 'other':
        return labelOr(locationWords, location);
    }
  });
}

/** A caution in clinical words, with what the answers say about it. */
function cautionText(a: AnyAnswers, id: string, outreachRecorded: boolean): string {
  const thinners = (a.bloodThinnerKinds ?? []).map((kind) => labelOr(bloodThinnerWords, kind));
  switch (id) {
    case 'activeInfection':
      return 'Active infection: defer until treated.';
    case 'bloodThinners':
      return `Anticoagulant or antiplatelet${thinners.length > 0 ? ` (${thinners.join('; ')})` : ''}: hold times differ by class; coordinate with the prescriber, the patient must not stop on their own.`;
    case 'bleedingDisorder':
      return 'Bleeding disorder: review before any needle procedure.';
    case 'pregnancy':
      return 'Pregnant or possibly pregnant: fluoroscopy usually avoided.';
    case 'selfHarmSupport':
      return outreachRecorded
        ? 'Thoughts of self-harm in the past 2 weeks: outreach call recorded (crisis line 988 was shown to the patient).'
        : 'Thoughts of self-harm in the past 2 weeks: clinician call the same business day (crisis line 988 was shown to the patient).';
    case 'implantedDevice':
      return 'Implanted electrical device: check compatibility before RFA or SCS.';
    case 'immunosuppressed':
      return 'Immunosuppressed: higher infection risk.';
    case 'diabetesSteroids':
      return 'Diabetes: steroid-induced hyperglycemia for several days; advise closer glucose monitoring.';
    case 'allergy':
      return `Allergy: ${list((a.allergies ?? []).map((x) => labelOr(allergyWords, x)))}.`;
    case 'steroidLimit':
      return `Cumulative steroid exposure: ${steroidLine(a)} (3 or more).`;
    case 'glp1Sedation':
      return 'GLP-1 receptor agonist: delayed gastric emptying; plan fasting or a pause before sedation.';
    case 'newPainOver50':
      return 'Age 50 or over with new spinal pain (under 6 weeks): exclude serious pathology.';
    case 'osteoporosisCare':
      return 'Osteoporosis: repeated steroid doses may reduce bone density.';
    case 'moodSupport':
      return 'Positive mood screen (PHQ-2 or GAD-2 of 3 or more): consider behavioral health support alongside any procedure.';
    case 'esiRareSeriousRisks':
      return 'ESI: counsel on rare serious neurological complications.';
    case 'mriAfterStimulator':
      return 'SCS: MRI conditionality of the device to discuss.';
    case 'generalRisks':
      return 'General procedural risks (infection, bleeding, nerve injury, medication effects); may not help.';
    default:
      return id;
  }
}

function steroidLine(a: AnyAnswers): string {
  const injections = `${a.steroidInjectionsPast12Months ?? 0} steroid injection${a.steroidInjectionsPast12Months === 1 ? '' : 's'}`;
  if (a.steroidCoursesPast12Months === undefined) return `${injections} in 12 months`;
  const courses = `${a.steroidCoursesPast12Months} oral steroid course${a.steroidCoursesPast12Months === 1 ? '' : 's'}`;
  return `${injections} and ${courses} in 12 months`;
}

export interface SummaryRow {
  label: string;
  value: string;
}

export interface ClinicalSummary {
  /** "62 y · low back, leg pain below the knee · 6–12 months · pain 7/10 average, 9/10 worst · interference 8/10" */
  line: string;
  /** A self-harm "yes": a clinician's call the same business day, recorded as an outreach note. */
  sameDayCall: boolean;
  /** That call is recorded (a note marked as the outreach record exists). */
  outreachRecorded: boolean;
  verdict: string;
  /** Why the verdict, in clinical words (ruleset 2026.1 stored no reasons: empty then). */
  because: string[];
  /** The warning signs ticked, each with its level; empty means none (shown as "None"). */
  warningSigns: { level: RedFlagLevel; text: string }[];
  /** PHQ-2, GAD-2 and the self-harm answer, or that they were not asked (ruleset 2026.1). */
  mood: string;
  /** Treatments, earlier procedures, imaging, blood thinners, steroids, allergies, history, goals. */
  background: SummaryRow[];
  procedures: { id: string; name: string; fit: string; why: string[] }[];
  cautions: { id: string; severity: Severity; text: string }[];
}

/** Reasons grouped by answer, in clinical words, each once. */
const whyOf = (a: AnyAnswers, reasons: readonly Pick<Reason, 'answer'>[]) => [
  ...new Set(reasons.map((reason) => clinicalAnswer(a, reason.answer))),
];

/** Where a nerve block would be aimed, from the answers that matched it. */
function blockTargets(reasons: readonly Pick<Reason, 'answer'>[]): string[] {
  const targets = new Set<string>();
  for (const { answer } of reasons) {
    if (answer.startsWith('knee.')) targets.add('genicular nerves (knee)');
    else if (answer.startsWith('head.')) targets.add('occipital or other head nerves');
    else if (answer === 'nerve.cause') targets.add('the affected nerve, or sympathetic for CRPS');
  }
  return [...targets].map((target) => `target: ${target}`);
}

/** What comes before the procedure itself, from the expectations the rules gave. */
function pathwayNotes(id: string, expectations: readonly { id: string }[]): string[] {
  const has = (expectation: string) => expectations.some((e) => e.id === expectation);
  if (id === 'radiofrequencyAblation' && has('diagnosticBlocksFirst'))
    return ['no positive diagnostic block yet: 1–2 test blocks first'];
  if (id === 'spinalCordStimulation' && has('stimulationPathway'))
    return ['pathway: psychological evaluation, then a trial of about a week'];
  return [];
}

/** Which of pregnancy, active infection and a bleeding disorder the answers name. */
function reviewFirst(a: AnyAnswers): string {
  const items = (a.history ?? []).filter(
    (item) => item === 'pregnant' || item === 'activeInfection' || item === 'bleedingDisorder',
  );
  return items.length === 0
    ? labelOr(verdictReasonWords, 'medicalReviewFirst')
    : `${items.map((item) => labelOr(historyWords, item)).join(', ')} to review first`;
}

export function clinicalSummary(
  record: IntakeRecord,
  options: { outreachRecorded?: boolean } = {},
): ClinicalSummary {
  const outreachRecorded = options.outreachRecorded ?? false;
  const a = record.answers as AnyAnswers;
  const assessment = record.assessment;
  const mood = 'moodScreen' in assessment ? assessment.moodScreen : undefined;
  const line = [
    `${a.age} y`,
    pattern(a).join('; '),
    labelOr(durationWords, a.duration ?? '?'),
    `pain ${outOf10(a.painAverage)} average, ${outOf10(a.painWorst)} worst`,
    `interference ${outOf10(a.interference)}`,
  ].join(' · ');

  const treatments = Object.entries(a.treatments ?? {}) as [string, string][];
  const tried = treatments.filter(([, outcome]) => outcome !== 'notTried');
  const notTried = treatments.filter(([, outcome]) => outcome === 'notTried');
  const history = (a.history ?? []).filter((item) => item !== 'bloodThinners');
  const surgery = [
    ...(a.back?.priorSurgery ? ['prior lumbar spine surgery'] : []),
    ...(a.neck?.priorSurgery ? ['prior cervical spine surgery'] : []),
    ...(a.knee !== undefined && a.knee.replacement !== 'none'
      ? [labelOr(kneeReplacementWords, a.knee.replacement)]
      : []),
  ];
  const diagnoses = [
    ...(a.back?.diagnoses ?? []).map((d) => labelOr(backDiagnosisWords, d)),
    ...(a.neck?.diagnoses ?? []).map((d) => labelOr(neckDiagnosisWords, d)),
  ];
  const background: SummaryRow[] = [
    {
      label: 'Treatments tried',
      value:
        tried.length === 0
          ? 'none'
          : tried
              .map(
                ([kind, outcome]) =>
                  `${labelOr(treatmentWords, kind)}: ${labelOr(outcomeWords, outcome)}`,
              )
              .join('; '),
    },
    ...(notTried.length > 0
      ? [
          {
            label: 'Not tried',
            value: notTried.map(([kind]) => labelOr(treatmentWords, kind)).join(', '),
          },
        ]
      : []),
    ...(a.priorProcedures !== undefined
      ? [
          {
            label: 'Earlier procedures',
            value: a.priorProcedures.map(priorProcedureLine).join('; '),
          },
        ]
      : []),
    ...(a.imaging !== undefined
      ? [{ label: 'Imaging', value: labelOr(imagingWords, a.imaging) }]
      : []),
    {
      label: 'Blood thinners',
      value: a.history?.includes('bloodThinners')
        ? list(
            (a.bloodThinnerKinds ?? []).map((kind) => labelOr(bloodThinnerWords, kind)),
            'yes, class not asked',
          )
        : 'none reported',
    },
    { label: 'Steroids', value: steroidLine(a) },
    {
      label: 'Allergies',
      value: list((a.allergies ?? []).map((x) => labelOr(allergyWords, x))),
    },
    {
      label: 'Relevant history',
      value: list([...history.map((item) => labelOr(historyWords, item)), ...surgery]),
    },
    ...(diagnoses.length > 0 ? [{ label: 'Reported diagnoses', value: diagnoses.join(', ') }] : []),
    ...(a.back !== undefined && a.back.worseWith.length > 0
      ? [
          {
            label: 'Back pain worse',
            value: a.back.worseWith.map((w) => labelOr(worseWithWords, w)).join('; '),
          },
        ]
      : []),
    ...(a.neck !== undefined && a.neck.worseWith.length > 0
      ? [
          {
            label: 'Neck pain worse',
            value: a.neck.worseWith.map((w) => labelOr(worseWithWords, w)).join('; '),
          },
        ]
      : []),
    { label: 'Goals', value: list((a.goals ?? []).map((g) => labelOr(goalWords, g))) },
  ];

  return {
    line,
    sameDayCall: mood?.selfHarmThoughts === true,
    outreachRecorded,
    verdict: labelOr(verdictWords, record.assessment.verdict),
    because:
      'verdictBecause' in assessment
        ? assessment.verdictBecause.map((reason) =>
            reason === 'medicalReviewFirst' ? reviewFirst(a) : labelOr(verdictReasonWords, reason),
          )
        : [],
    warningSigns: assessment.redFlags.map((flag) => ({
      level: flag.level,
      text: labelOr(redFlagWords, flag.id),
    })),
    mood:
      mood === undefined
        ? 'not asked (ruleset 2026.1)'
        : `PHQ-2 ${mood.phq2}/6, GAD-2 ${mood.gad2}/6: ${mood.positive ? 'positive (3 or more)' : 'negative'}; thoughts of self-harm in the past 2 weeks: ${mood.selfHarmThoughts ? 'YES' : 'no'}`,
    background,
    procedures: assessment.procedures.map((p) => ({
      id: p.id,
      name: labelOr(procedureWords, p.id),
      fit: labelOr(fitWords, p.fit),
      why: [
        ...(p.id === 'nerveBlock' ? blockTargets(p.reasons) : []),
        ...whyOf(a, p.reasons),
        ...pathwayNotes(p.id, assessment.expectations),
      ],
    })),
    cautions: assessment.cautions.map((c) => ({
      id: c.id,
      severity: c.severity,
      text: cautionText(a, c.id, outreachRecorded),
    })),
  };
}

/** The summary as plain text lines: the CSV cell, the FHIR narrative and the printout share it. */
export function summaryText(summary: ClinicalSummary): string[] {
  return [
    ...(summary.sameDayCall
      ? [
          summary.outreachRecorded
            ? 'Thoughts of self-harm in the past 2 weeks: the outreach call is recorded in the notes.'
            : 'SAME-DAY CALL: thoughts of self-harm in the past 2 weeks; a clinician should call today.',
        ]
      : []),
    summary.line,
    `Verdict: ${summary.verdict}${summary.because.length > 0 ? ` (${summary.because.join('; ')})` : ''}`,
    `Warning signs: ${summary.warningSigns.length === 0 ? 'none' : summary.warningSigns.map((w) => `${w.text} (${w.level})`).join('; ')}`,
    `Mood: ${summary.mood}`,
    ...summary.background.map((row) => `${row.label}: ${row.value}`),
    `Procedures: ${summary.procedures.length === 0 ? 'none matched' : summary.procedures.map((p) => `${p.name} (${p.fit}): ${p.why.join('; ')}`).join(' | ')}`,
    `Cautions: ${summary.cautions.length === 0 ? 'none' : summary.cautions.map((c) => c.text).join(' ')}`,
  ];
}

/** Contact, preference and best time in words (for the top of the summary and the CSV). */
export const preferredContactWords: Record<Contact['preferredContact'], string> = {
  phone: 'phone call',
  text: 'text message',
  email: 'email',
};
export const bestTimeWords: Record<Contact['bestTime'], string> = {
  morning: 'mornings',
  afternoon: 'afternoons',
  evening: 'evenings',
  any: 'any time',
};
