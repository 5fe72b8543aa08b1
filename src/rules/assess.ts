import {
  emergencyRedFlags,
  redFlags as allRedFlags,
  type Answers,
  type PriorProcedure,
  type PriorProcedureKind,
  type RedFlag,
  type TreatmentKind,
} from './answers';
import {
  procedureIds,
  rulesetVersion,
  type Assessment,
  type CautionId,
  type ExpectationId,
  type Fit,
  type MoodScreen,
  type ProcedureId,
  type Reason,
  type Severity,
  type Verdict,
  type VerdictReason,
} from './assessment';
import { infectionRisk } from './infection-risk';
import type { SourceId } from './sources';

// CLINICAL.md sections 2 and 3 (ruleset 2026.2), rule by rule. The choices the page leaves open
// are documented in src/rules/README.md (which sources each reason cites, what "always" items give
// as reasons).

const conservativeKinds = [
  'otcMedication',
  'prescriptionMedication',
  'opioids',
  'physicalTherapy',
  'chiropractic',
  'exercise',
] as const satisfies readonly TreatmentKind[];

const spinalProcedureKinds: readonly PriorProcedureKind[] = [
  'epidural',
  'facetOrMedialBranchBlock',
  'radiofrequencyAblation',
];

const emergencyLevel: ReadonlySet<RedFlag> = new Set(emergencyRedFlags);

/** One answer, cited by one or more sources. */
const because = (answer: string, ...cited: SourceId[]): Reason[] =>
  cited.map((source) => ({ answer, source }));

const recite = (reasons: readonly Reason[], source: SourceId): Reason[] =>
  reasons.map(({ answer }) => ({ answer, source }));

function mergeReasons(into: Reason[], more: readonly Reason[]): void {
  for (const reason of more) {
    if (!into.some((r) => r.answer === reason.answer && r.source === reason.source)) {
      into.push(reason);
    }
  }
}

const dedupe = (reasons: readonly Reason[]) => {
  const unique: Reason[] = [];
  mergeReasons(unique, reasons);
  return unique;
};

/**
 * NICE NG59 (G1) is guidance on low back pain and sciatica: it is cited for answers about the back
 * only; the neck's answers cite the clinic's article.
 */
const lowBackGuidance = (answer: string): SourceId => (answer.startsWith('back.') ? 'G1' : 'S0');

const helped = (p: PriorProcedure) => p.relief === '50to79' || p.relief === '80plus';
const didNotHelp = (p: PriorProcedure) => p.relief === 'none' || p.relief === 'under50';

/** The derived terms of CLINICAL section 3, computed once per assessment. */
function deriveFacts(a: Answers) {
  const { back, neck, knee, head, nerve, treatments } = a;
  const prior = a.priorProcedures ?? [];
  const tried = (kind: TreatmentKind) => treatments[kind] !== 'notTried';
  const failed = (kind: TreatmentKind) =>
    treatments[kind] === 'noRelief' || treatments[kind] === 'temporaryRelief';
  const conservativeTried = conservativeKinds.filter(tried);
  const someLastingRelief = conservativeKinds.some((kind) => treatments[kind] === 'lastingRelief');
  const musculoskeletal = a.locations.some(
    (location) => location === 'lowerBack' || location === 'neck' || location === 'knee',
  );
  const radicularBack = back?.legPain === 'belowKnee';
  const radicularNeck = neck?.armPain === 'belowElbow';
  const facetBack =
    back !== undefined &&
    (back.legPain === 'none' || back.legPain === 'buttockOrThigh') &&
    (back.worseWith.includes('bendingBackwardTwisting') ||
      back.diagnoses.includes('facetArthritis'));
  const facetNeck =
    neck !== undefined &&
    (neck.armPain === 'none' || neck.armPain === 'shoulder') &&
    (neck.worseWith.includes('turningOrLookingUp') || neck.diagnoses.includes('facetArthritis'));
  const hasSpinePain = a.locations.includes('lowerBack') || a.locations.includes('neck');
  const hasKneePain = a.locations.includes('knee');
  const lastingAblation = prior.find(
    (p) => p.kind === 'radiofrequencyAblation' && helped(p) && p.lasted === 'monthsOrMore',
  );
  // The earlier procedures that count as a positive diagnostic block for each site.
  const positiveBlockSpine = prior.filter(
    (p) =>
      (p.kind === 'facetOrMedialBranchBlock' && helped(p)) ||
      (p === lastingAblation && hasSpinePain),
  );
  const positiveBlockKnee = prior.filter(
    (p) => (p.kind === 'kneeInjection' && helped(p)) || (p === lastingAblation && hasKneePain),
  );
  const scsTrial = prior.find((p) => p.kind === 'spinalCordStimulatorTrial');
  const durationChronic =
    a.duration === '3To6Months' || a.duration === '6To12Months' || a.duration === 'over1Year';
  return {
    prior,
    failed,
    conservativeTried,
    conservativeFailed: conservativeTried.length > 0 && !someLastingRelief,
    someLastingRelief,
    activeTherapyTried: tried('physicalTherapy') || tried('exercise'),
    musculoskeletal,
    activeCareMet:
      tried('physicalTherapy') ||
      tried('exercise') ||
      !musculoskeletal ||
      radicularBack ||
      radicularNeck,
    adequateConservativeFailed:
      failed('prescriptionMedication') && (failed('physicalTherapy') || !musculoskeletal),
    chronic: durationChronic,
    longStanding: a.duration === '6To12Months' || a.duration === 'over1Year',
    moderateOrWorse: a.painAverage >= 5 || a.interference >= 5,
    mild: a.painAverage <= 3 && a.interference <= 3,
    radicularBack,
    radicularNeck,
    facetBack,
    facetNeck,
    facetPattern: facetBack || facetNeck,
    axialBack: back?.legPain === 'none',
    axialNeck: neck?.armPain === 'none',
    kneeOsteoarthritis: knee?.diagnoses.includes('osteoarthritis') === true,
    positiveBlockSpine,
    positiveBlockKnee,
    diabetic: a.history.includes('diabetes') || nerve?.cause === 'diabetes',
    headacheTreated: failed('prescriptionMedication'),
    medicalReviewFirst:
      a.history.includes('pregnant') ||
      a.history.includes('activeInfection') ||
      a.history.includes('bleedingDisorder'),
    failedProcedures: prior.filter((p) => spinalProcedureKinds.includes(p.kind) && didNotHelp(p)),
    failedEpidural: prior.find((p) => p.kind === 'epidural' && didNotHelp(p)),
    scsTrialFailed: scsTrial !== undefined && didNotHelp(scsTrial),
    scsTrialHelped: scsTrial !== undefined && helped(scsTrial),
    head,
    nerveCause: nerve?.cause,
  };
}
type Facts = ReturnType<typeof deriveFacts>;

/** Why a spine region shows the facet pattern: where the pain goes plus what pointed at the joints. */
function facetPatternAnswers(a: Answers, f: Facts): string[] {
  const answers: string[] = [];
  if (f.facetBack && a.back) {
    answers.push('back.legPain');
    if (a.back.worseWith.includes('bendingBackwardTwisting')) {
      answers.push('back.worseWith:bendingBackwardTwisting');
    }
    if (a.back.diagnoses.includes('facetArthritis')) answers.push('back.diagnoses:facetArthritis');
  }
  if (f.facetNeck && a.neck) {
    answers.push('neck.armPain');
    if (a.neck.worseWith.includes('turningOrLookingUp')) {
      answers.push('neck.worseWith:turningOrLookingUp');
    }
    if (a.neck.diagnoses.includes('facetArthritis')) answers.push('neck.diagnoses:facetArthritis');
  }
  return answers;
}

/** The answers that make the pain neuropathic (CLINICAL: neuropathicPattern). */
function neuropathicAnswers(a: Answers, f: Facts): string[] {
  const answers: string[] = [];
  if (f.radicularBack) answers.push('back.legPain');
  if (f.radicularNeck) answers.push('neck.armPain');
  if (
    f.nerveCause === 'diabetes' ||
    f.nerveCause === 'crps' ||
    f.nerveCause === 'afterSurgeryOrInjury'
  )
    answers.push('nerve.cause');
  if (a.back?.priorSurgery && a.back.legPain !== 'none') {
    answers.push('back.priorSurgery', 'back.legPain');
  }
  if (a.neck?.priorSurgery && a.neck.armPain !== 'none') {
    answers.push('neck.priorSurgery', 'neck.armPain');
  }
  return [...new Set(answers)];
}

/** The answers that make SCS a later-line option now (CLINICAL: scsQualifier). */
function scsQualifierAnswers(a: Answers, f: Facts): string[] {
  const answers: string[] = [];
  if (a.back?.priorSurgery) answers.push('back.priorSurgery');
  if (a.neck?.priorSurgery) answers.push('neck.priorSurgery');
  if (f.nerveCause === 'diabetes' || f.nerveCause === 'crps') answers.push('nerve.cause');
  for (const p of f.failedProcedures) answers.push(`priorProcedures:${p.kind}`);
  if (f.scsTrialHelped) answers.push('priorProcedures:spinalCordStimulatorTrial');
  return answers;
}

type Matches = Map<ProcedureId, { fit: Fit; reasons: Reason[] }>;

function match(matches: Matches, id: ProcedureId, fit: Fit, reasons: Reason[]): void {
  const found = matches.get(id);
  if (found === undefined) {
    matches.set(id, { fit, reasons: dedupe(reasons) });
    return;
  }
  if (fit === 'strong') found.fit = 'strong';
  mergeReasons(found.reasons, reasons);
}

function matchEpidural(matches: Matches, a: Answers, f: Facts): void {
  const { back, neck } = a;
  const radicular = [
    ...(f.radicularBack ? ['back.legPain'] : []),
    ...(f.radicularNeck ? ['neck.armPain'] : []),
  ];
  if (radicular.length > 0) {
    if (f.failedEpidural === undefined) {
      match(
        matches,
        'epiduralSteroidInjection',
        'strong',
        radicular.flatMap((answer) => dedupe(because(answer, 'S0', lowBackGuidance(answer)))),
      );
    } else {
      // A repeat epidural needs a clear response to the earlier one (L1).
      match(matches, 'epiduralSteroidInjection', 'possible', [
        ...radicular.flatMap((answer) => because(answer, 'S0')),
        ...because('priorProcedures:epidural', 'L1'),
      ]);
    }
  }
  if (back?.legPain === 'buttockOrThigh')
    match(matches, 'epiduralSteroidInjection', 'possible', because('back.legPain', 'S0'));
  if (neck?.armPain === 'shoulder')
    match(matches, 'epiduralSteroidInjection', 'possible', because('neck.armPain', 'S0'));
  // Diagnoses and walking-related pain count only when that region's pain spreads. S0 only: G1
  // advises against epidurals for neurogenic claudication.
  if (back !== undefined && back.legPain !== 'none') {
    for (const diagnosis of ['discHerniation', 'spinalStenosis', 'sciatica'] as const) {
      if (back.diagnoses.includes(diagnosis)) {
        match(
          matches,
          'epiduralSteroidInjection',
          'possible',
          because(`back.diagnoses:${diagnosis}`, 'S0'),
        );
      }
    }
    if (back.worseWith.includes('standingWalking')) {
      match(
        matches,
        'epiduralSteroidInjection',
        'possible',
        because('back.worseWith:standingWalking', 'S0'),
      );
    }
  }
  if (neck !== undefined && neck.armPain !== 'none') {
    for (const diagnosis of ['discHerniation', 'pinchedNerve'] as const) {
      if (neck.diagnoses.includes(diagnosis)) {
        match(
          matches,
          'epiduralSteroidInjection',
          'possible',
          because(`neck.diagnoses:${diagnosis}`, 'S0'),
        );
      }
    }
  }
}

function matchFacet(matches: Matches, a: Answers, f: Facts): void {
  // S0 only: NICE NG59 (G1) advises against facet injections for low back pain.
  if (f.facetPattern) {
    match(
      matches,
      'facetJointInjection',
      'strong',
      facetPatternAnswers(a, f).flatMap((answer) => because(answer, 'S0')),
    );
  }
  if (f.axialBack && !f.facetBack)
    match(matches, 'facetJointInjection', 'possible', because('back.legPain', 'S0'));
  if (f.axialNeck && !f.facetNeck)
    match(matches, 'facetJointInjection', 'possible', because('neck.armPain', 'S0'));
  for (const region of ['back', 'neck'] as const) {
    if (a[region]?.diagnoses.includes('degenerativeDisc')) {
      match(
        matches,
        'facetJointInjection',
        'possible',
        because(`${region}.diagnoses:degenerativeDisc`, 'S0'),
      );
    }
  }
}

function matchNerveBlock(matches: Matches, a: Answers, f: Facts): void {
  const { head, knee } = a;
  if (head !== undefined) {
    const typeSources = {
      migraine: ['S0', 'G7'],
      cluster: ['S0', 'G7'],
      backOfHead: ['G7'],
      other: ['S0'],
    } as const;
    const types = head.types.flatMap((type) => because(`head.types:${type}`, ...typeSources[type]));
    const strong =
      head.daysPerMonth >= 4 &&
      f.headacheTreated &&
      (head.types.includes('cluster') ||
        head.types.includes('backOfHead') ||
        (head.types.includes('migraine') && head.daysPerMonth >= 8));
    if (strong) {
      match(matches, 'nerveBlock', 'strong', [
        ...types.filter((r) => !r.answer.endsWith(':other')),
        ...because('head.daysPerMonth', 'G7'),
        ...because('treatments.prescriptionMedication', 'G7'),
      ]);
    } else {
      // Every headache matches possibly: its types are migraine, cluster, back of the head, or
      // only "other" (CLINICAL: "any other headache").
      match(matches, 'nerveBlock', 'possible', types);
    }
  }
  if (f.nerveCause === 'crps') match(matches, 'nerveBlock', 'strong', because('nerve.cause', 'S0'));
  else if (
    f.nerveCause === 'afterSurgeryOrInjury' ||
    f.nerveCause === 'shingles' ||
    f.nerveCause === 'unknown'
  )
    match(matches, 'nerveBlock', 'possible', because('nerve.cause', 'S0'));
  if (f.kneeOsteoarthritis)
    match(matches, 'nerveBlock', 'strong', because('knee.diagnoses:osteoarthritis', 'S0', 'G8'));
  for (const diagnosis of ['bursitis', 'meniscusTear'] as const) {
    if (knee?.diagnoses.includes(diagnosis))
      match(matches, 'nerveBlock', 'possible', because(`knee.diagnoses:${diagnosis}`, 'S0'));
  }
}

function matchStimulation(matches: Matches, a: Answers, f: Facts): void {
  // A stimulator trial that did not help rules stimulation out.
  if (f.scsTrialFailed) return;
  const neuropathic = neuropathicAnswers(a, f);
  const qualifier = scsQualifierAnswers(a, f);
  if (!f.longStanding || a.painAverage < 5 || neuropathic.length === 0 || qualifier.length === 0)
    return;
  if (!f.conservativeFailed) return;
  const reasons = [
    ...because('duration', 'G2'),
    ...because('painAverage', 'G2'),
    ...neuropathic.flatMap((answer) => because(answer, 'G2')),
    ...qualifier.flatMap((answer) => because(answer, 'S0', 'G10')),
    ...f.conservativeTried.flatMap((kind) => because(`treatments.${kind}`, 'S0', 'G10')),
  ];
  match(
    matches,
    'spinalCordStimulation',
    f.adequateConservativeFailed ? 'strong' : 'possible',
    reasons,
  );
}

function matchAblation(matches: Matches, a: Answers, f: Facts): void {
  if (!f.chronic) return;
  if (f.facetPattern) {
    const reasons = [...facetPatternAnswers(a, f), 'duration'].flatMap((answer) =>
      because(answer, 'S0'),
    );
    if (f.positiveBlockSpine.length > 0)
      match(matches, 'radiofrequencyAblation', 'strong', [
        ...reasons,
        ...f.positiveBlockSpine.flatMap((p) =>
          because(`priorProcedures:${p.kind}`, f.facetBack ? 'G1' : 'S0'),
        ),
      ]);
    else match(matches, 'radiofrequencyAblation', 'possible', reasons);
  }
  if (f.kneeOsteoarthritis) {
    const reasons = ['knee.diagnoses:osteoarthritis', 'duration'].flatMap((answer) =>
      because(answer, 'S0', 'G8'),
    );
    if (f.positiveBlockKnee.length > 0)
      match(matches, 'radiofrequencyAblation', 'strong', [
        ...reasons,
        ...f.positiveBlockKnee.flatMap((p) => because(`priorProcedures:${p.kind}`, 'G8')),
      ]);
    else match(matches, 'radiofrequencyAblation', 'possible', reasons);
  }
}

function matchProcedures(a: Answers, f: Facts): Assessment['procedures'] {
  const matches: Matches = new Map();
  matchEpidural(matches, a, f);
  matchFacet(matches, a, f);
  matchNerveBlock(matches, a, f);
  matchStimulation(matches, a, f);
  matchAblation(matches, a, f);
  const listed = procedureIds.flatMap((id) => {
    const found = matches.get(id);
    return found ? [{ id, ...found }] : [];
  });
  return [
    ...listed.filter((p) => p.fit === 'strong'),
    ...listed.filter((p) => p.fit === 'possible'),
  ];
}

function moodScreenOf(a: Answers): MoodScreen {
  const phq2 = a.mood.phq2[0] + a.mood.phq2[1];
  const gad2 = a.mood.gad2[0] + a.mood.gad2[1];
  return {
    phq2,
    gad2,
    positive: phq2 >= 3 || gad2 >= 3,
    selfHarmThoughts: a.mood.selfHarmThoughts,
  };
}

function listCautions(
  a: Answers,
  f: Facts,
  procedures: Assessment['procedures'],
  mood: MoodScreen,
): Assessment['cautions'] {
  const matched = new Set(procedures.map((p) => p.id));
  const has = (item: Answers['history'][number]) => a.history.includes(item);
  const steroidMatched =
    matched.has('epiduralSteroidInjection') ||
    matched.has('facetJointInjection') ||
    matched.has('nerveBlock');
  const cautions: { id: CautionId; severity: Severity; reasons: Reason[] }[] = [];
  const add = (id: CautionId, severity: Severity, reasons: Reason[]) =>
    cautions.push({ id, severity, reasons });

  if (has('activeInfection'))
    add('activeInfection', 'important', because('history:activeInfection', 'S0', 'G4'));
  if (has('bloodThinners')) {
    const kinds = a.bloodThinnerKinds ?? [];
    const aspirinOnly = kinds.length === 1 && kinds[0] === 'aspirin';
    add('bloodThinners', aspirinOnly ? 'warning' : 'important', [
      ...because('history:bloodThinners', 'S0', 'G3'),
      ...kinds.flatMap((kind) => because(`bloodThinnerKinds:${kind}`, 'G3')),
    ]);
  }
  if (has('bleedingDisorder'))
    add('bleedingDisorder', 'important', because('history:bleedingDisorder', 'S0', 'G3'));
  if (has('pregnant')) add('pregnancy', 'important', because('history:pregnant', 'G4'));
  if (mood.selfHarmThoughts)
    add('selfHarmSupport', 'important', because('mood.selfHarmThoughts', 'P2'));
  if (
    has('implantedDevice') &&
    (matched.has('radiofrequencyAblation') || matched.has('spinalCordStimulation'))
  ) {
    add('implantedDevice', 'warning', because('history:implantedDevice', 'G5'));
  }
  if (has('immunosuppressed'))
    add('immunosuppressed', 'warning', because('history:immunosuppressed', 'S0', 'G4'));
  if (f.diabetic && steroidMatched) {
    add('diabetesSteroids', 'warning', [
      ...(has('diabetes') ? because('history:diabetes', 'G6') : []),
      ...(f.nerveCause === 'diabetes' ? because('nerve.cause', 'G6') : []),
    ]);
  }
  if (a.allergies.length > 0)
    add(
      'allergy',
      'warning',
      a.allergies.flatMap((allergy) => because(`allergies:${allergy}`, 'G4')),
    );
  if (a.steroidInjectionsPast12Months + a.steroidCoursesPast12Months >= 3 && steroidMatched) {
    add('steroidLimit', 'warning', [
      ...(a.steroidInjectionsPast12Months > 0
        ? because('steroidInjectionsPast12Months', 'G4')
        : []),
      ...(a.steroidCoursesPast12Months > 0 ? because('steroidCoursesPast12Months', 'G4') : []),
    ]);
  }
  if (has('glp1Agonist') && procedures.length > 0)
    add('glp1Sedation', 'warning', because('history:glp1Agonist', 'A1'));
  const spine = (['lowerBack', 'neck'] as const).filter((location) =>
    a.locations.includes(location),
  );
  if (a.age >= 50 && a.duration === 'under6Weeks' && spine.length > 0) {
    add('newPainOver50', 'warning', [
      ...because('age', 'R1'),
      ...because('duration', 'R1'),
      ...spine.flatMap((location) =>
        because(`locations:${location}`, location === 'neck' ? 'R3' : 'R1'),
      ),
    ]);
  }
  if (has('osteoporosis') && steroidMatched)
    add('osteoporosisCare', 'info', because('history:osteoporosis', 'G4'));
  if (mood.positive && !mood.selfHarmThoughts) {
    add('moodSupport', 'warning', [
      ...(mood.phq2 >= 3 ? because('mood.phq2', 'P1', 'G1') : []),
      ...(mood.gad2 >= 3 ? because('mood.gad2', 'P1', 'G1') : []),
    ]);
  }
  const epidural = procedures.find((p) => p.id === 'epiduralSteroidInjection');
  if (epidural) add('esiRareSeriousRisks', 'info', recite(epidural.reasons, 'F1'));
  if (matched.has('spinalCordStimulation'))
    add('mriAfterStimulator', 'info', because('locations', 'G5'));
  add('generalRisks', 'info', because('locations', 'S0'));

  // Pushed in the order of CLINICAL section 3; a stable sort by severity keeps that order within.
  const rank: Record<Severity, number> = { important: 0, warning: 1, info: 2 };
  return cautions
    .map((caution) => ({ ...caution, reasons: dedupe(caution.reasons) }))
    .sort((x, y) => rank[x.severity] - rank[y.severity]);
}

function listExpectations(
  a: Answers,
  f: Facts,
  procedures: Assessment['procedures'],
): Assessment['expectations'] {
  const expectations: { id: ExpectationId; reasons: Reason[] }[] = [];
  const reasonsOf = (...ids: ProcedureId[]) => {
    const reasons: Reason[] = [];
    for (const p of procedures) if (ids.includes(p.id)) mergeReasons(reasons, p.reasons);
    return reasons;
  };
  const matched = new Set(procedures.map((p) => p.id));

  expectations.push({
    id: 'notACure',
    reasons: [
      ...because('goals', 'S0'),
      ...(a.goals.includes('painFree') ? because('goals:painFree', 'S0') : []),
    ],
  });
  expectations.push({
    id: 'whenToSeekCare',
    reasons: [
      ...because('locations', 'R1'),
      ...(a.locations.includes('head') ? because('locations:head', 'R2') : []),
    ],
  });
  const injections = reasonsOf('epiduralSteroidInjection', 'facetJointInjection', 'nerveBlock');
  if (injections.length > 0)
    expectations.push({ id: 'injectionTimeline', reasons: dedupe(recite(injections, 'S0')) });
  if (matched.has('radiofrequencyAblation')) {
    // A site that matched RFA without a positive block of its own needs test blocks first.
    const untested = [
      ...(f.chronic && f.facetPattern && f.positiveBlockSpine.length === 0
        ? facetPatternAnswers(a, f).flatMap((answer) => because(answer, lowBackGuidance(answer)))
        : []),
      ...(f.chronic && f.kneeOsteoarthritis && f.positiveBlockKnee.length === 0
        ? because('knee.diagnoses:osteoarthritis', 'G8')
        : []),
    ];
    if (untested.length > 0)
      expectations.push({ id: 'diagnosticBlocksFirst', reasons: dedupe(untested) });
    expectations.push({ id: 'ablationTimeline', reasons: reasonsOf('radiofrequencyAblation') });
  }
  const stimulation = reasonsOf('spinalCordStimulation');
  if (stimulation.length > 0) {
    expectations.push({
      id: 'stimulationPathway',
      reasons: dedupe([
        ...recite(stimulation, 'S0'),
        ...recite(stimulation, 'G2'),
        ...recite(stimulation, 'G10'),
      ]),
    });
  }
  if (procedures.length > 0) {
    expectations.push({
      id: 'outpatient',
      reasons: dedupe(recite(reasonsOf(...procedureIds), 'S0')),
    });
  }
  return expectations;
}

/** Rules 3 to 5 of the verdict, with every reason that holds for the verdict chosen. */
function decideVerdict(
  a: Answers,
  f: Facts,
  procedures: Assessment['procedures'],
): { verdict: Verdict; verdictBecause: VerdictReason[] } {
  const conservativeFirst: VerdictReason[] = [];
  if (f.mild) conservativeFirst.push('mild');
  if (a.duration === 'under6Weeks') conservativeFirst.push('recent');
  if (f.conservativeTried.length === 0) conservativeFirst.push('nothingTried');
  if (f.someLastingRelief && a.painAverage <= 4) conservativeFirst.push('respondingToTreatment');
  if (!f.activeCareMet) conservativeFirst.push('noActiveTherapy');
  if (conservativeFirst.length > 0)
    return { verdict: 'conservativeFirst', verdictBecause: conservativeFirst };

  const someStrong = procedures.some((p) => p.fit === 'strong');
  const epiduralStrong = procedures.some(
    (p) => p.id === 'epiduralSteroidInjection' && p.fit === 'strong',
  );
  // NICE NG59: epidurals for acute severe sciatica, before 3 months.
  const longEnough = f.chronic || (a.duration === '6WeeksTo3Months' && epiduralStrong);
  if (
    longEnough &&
    f.moderateOrWorse &&
    f.conservativeFailed &&
    someStrong &&
    !f.medicalReviewFirst
  )
    return { verdict: 'goodCandidate', verdictBecause: ['strongMatch'] };

  const possible: VerdictReason[] = [];
  if (!longEnough) possible.push('notChronic');
  if (!f.moderateOrWorse) possible.push('notSevere');
  if (f.someLastingRelief) possible.push('someLastingRelief');
  if (f.medicalReviewFirst) possible.push('medicalReviewFirst');
  if (procedures.length > 0 && !someStrong) possible.push('noStrongMatch');
  if (procedures.length === 0) possible.push('noProcedureMatched');
  return { verdict: 'possibleCandidate', verdictBecause: possible };
}

/**
 * The candidacy assessment of CLINICAL.md: pure and total. Same answers, same result; never throws
 * on answers that `answersSchema` accepts.
 */
export function assess(answers: Answers): Assessment {
  const redFlags = allRedFlags
    .filter((flag) => answers.redFlags.includes(flag))
    .map((id) => ({
      id,
      level: emergencyLevel.has(id) ? ('emergency' as const) : ('urgent' as const),
    }));
  const moodScreen = moodScreenOf(answers);

  const emergencyBecause: VerdictReason[] = [];
  if (redFlags.some((flag) => flag.level === 'emergency')) emergencyBecause.push('emergencyFlag');
  if (infectionRisk(answers)) emergencyBecause.push('infectionRisk');
  if (emergencyBecause.length > 0) {
    return {
      rulesetVersion,
      verdict: 'emergency',
      verdictBecause: emergencyBecause,
      redFlags,
      procedures: [],
      cautions: [],
      expectations: [],
      moodScreen,
    };
  }

  const f = deriveFacts(answers);
  const procedures = matchProcedures(answers, f);
  const cautions = listCautions(answers, f, procedures, moodScreen);
  const expectations = listExpectations(answers, f, procedures);
  const { verdict, verdictBecause } =
    redFlags.length > 0
      ? { verdict: 'urgent' as const, verdictBecause: ['urgentFlag' as const] }
      : decideVerdict(answers, f, procedures);

  return {
    rulesetVersion,
    verdict,
    verdictBecause,
    redFlags,
    procedures,
    cautions,
    expectations,
    moodScreen,
  };
}
