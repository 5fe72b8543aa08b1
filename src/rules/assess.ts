import {
  emergencyRedFlags,
  redFlags as allRedFlags,
  type Answers,
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
  type ProcedureId,
  type Reason,
  type Severity,
} from './assessment';
import type { SourceId } from './sources';

// CLINICAL.md sections 2 and 3, rule by rule. The choices the page leaves open are documented in
// src/rules/README.md (which sources each reason cites, what "always" items give as reasons).

const conservativeKinds = [
  'otcMedication',
  'prescriptionMedication',
  'opioids',
  'physicalTherapy',
  'chiropractic',
  'exercise',
] as const satisfies readonly TreatmentKind[];

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

/** The derived terms of CLINICAL section 3, computed once per assessment. */
function deriveFacts(a: Answers) {
  const { back, neck, knee, head, nerve, treatments } = a;
  const conservativeTried = conservativeKinds.filter((kind) => treatments[kind] !== 'notTried');
  const someLastingRelief = conservativeKinds.some((kind) => treatments[kind] === 'lastingRelief');
  const chronic =
    a.duration === '3To6Months' || a.duration === '6To12Months' || a.duration === 'over1Year';
  const longStanding = a.duration === '6To12Months' || a.duration === 'over1Year';
  const facetBack =
    back !== undefined &&
    back.legPain === 'none' &&
    (back.worseWith.includes('bendingBackwardTwisting') ||
      back.diagnoses.includes('facetArthritis'));
  const facetNeck =
    neck !== undefined &&
    neck.armPain === 'none' &&
    (neck.worseWith.includes('turningOrLookingUp') || neck.diagnoses.includes('facetArthritis'));
  return {
    conservativeTried,
    conservativeFailed: conservativeTried.length > 0 && !someLastingRelief,
    someLastingRelief,
    chronic,
    longStanding,
    moderateOrWorse: a.painAverage >= 5 || a.interference >= 5,
    mild: a.painAverage <= 3 && a.interference <= 3,
    radicularBack: back?.legPain === 'belowKnee',
    radicularNeck: neck?.armPain === 'belowElbow',
    facetBack,
    facetNeck,
    axialBack: back?.legPain === 'none',
    axialNeck: neck?.armPain === 'none',
    kneeOsteoarthritis: knee?.diagnoses.includes('osteoarthritis') === true,
    injectionsTemporaryRelief: treatments.injections === 'temporaryRelief',
    headTypes: head?.types ?? [],
    nerveCause: nerve?.cause,
  };
}
type Facts = ReturnType<typeof deriveFacts>;

/** Why a spine region shows the facet pattern: the axial answer plus what pointed at the joints. */
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

function painAnswers(a: Answers): string[] {
  const answers: string[] = [];
  if (a.painAverage >= 5) answers.push('painAverage');
  if (a.interference >= 5) answers.push('interference');
  return answers;
}

type Matches = Map<ProcedureId, { fit: Fit; reasons: Reason[] }>;

function match(matches: Matches, id: ProcedureId, fit: Fit, reasons: Reason[]): void {
  const found = matches.get(id);
  if (found === undefined) {
    matches.set(id, { fit, reasons: [...reasons] });
    return;
  }
  if (fit === 'strong') found.fit = 'strong';
  mergeReasons(found.reasons, reasons);
}

function matchProcedures(a: Answers, f: Facts): Assessment['procedures'] {
  const matches: Matches = new Map();
  const { back, neck, knee } = a;

  // Epidural steroid injection: nerve-root (radicular) pain. S0, G1.
  if (f.radicularBack)
    match(matches, 'epiduralSteroidInjection', 'strong', because('back.legPain', 'S0', 'G1'));
  if (f.radicularNeck)
    match(matches, 'epiduralSteroidInjection', 'strong', because('neck.armPain', 'S0', 'G1'));
  if (back?.legPain === 'buttockOrThigh')
    match(matches, 'epiduralSteroidInjection', 'possible', because('back.legPain', 'G1'));
  if (neck?.armPain === 'shoulder')
    match(matches, 'epiduralSteroidInjection', 'possible', because('neck.armPain', 'G1'));
  for (const diagnosis of ['discHerniation', 'spinalStenosis', 'sciatica'] as const) {
    if (back?.diagnoses.includes(diagnosis)) {
      match(
        matches,
        'epiduralSteroidInjection',
        'possible',
        because(`back.diagnoses:${diagnosis}`, diagnosis === 'sciatica' ? 'G1' : 'S0'),
      );
    }
  }
  for (const diagnosis of ['discHerniation', 'pinchedNerve'] as const) {
    if (neck?.diagnoses.includes(diagnosis)) {
      match(
        matches,
        'epiduralSteroidInjection',
        'possible',
        because(`neck.diagnoses:${diagnosis}`, 'S0'),
      );
    }
  }
  if (back?.worseWith.includes('standingWalking')) {
    match(
      matches,
      'epiduralSteroidInjection',
      'possible',
      because('back.worseWith:standingWalking', 'G1'),
    );
  }

  // Facet joint injection: axial pain, strongest with the facet pattern. S0, G1.
  const facetPattern = f.facetBack || f.facetNeck;
  if (facetPattern) {
    match(
      matches,
      'facetJointInjection',
      'strong',
      facetPatternAnswers(a, f).flatMap((answer) => because(answer, 'S0')),
    );
  }
  if (f.axialBack && !f.facetBack)
    match(matches, 'facetJointInjection', 'possible', because('back.legPain', 'G1'));
  if (f.axialNeck && !f.facetNeck)
    match(matches, 'facetJointInjection', 'possible', because('neck.armPain', 'S0'));
  if (back?.diagnoses.includes('degenerativeDisc'))
    match(
      matches,
      'facetJointInjection',
      'possible',
      because('back.diagnoses:degenerativeDisc', 'S0'),
    );
  if (neck?.diagnoses.includes('degenerativeDisc'))
    match(
      matches,
      'facetJointInjection',
      'possible',
      because('neck.diagnoses:degenerativeDisc', 'S0'),
    );

  // Nerve block: headaches, CRPS and knee osteoarthritis strongly; other nerve and knee pain possibly. S0, G7, G8.
  const headacheSources = { migraine: ['S0'], cluster: ['S0', 'G7'], backOfHead: ['G7'] } as const;
  for (const type of ['migraine', 'cluster', 'backOfHead'] as const) {
    if (f.headTypes.includes(type))
      match(
        matches,
        'nerveBlock',
        'strong',
        because(`head.types:${type}`, ...headacheSources[type]),
      );
  }
  if (f.headTypes.length === 1 && f.headTypes[0] === 'other')
    match(matches, 'nerveBlock', 'possible', because('head.types:other', 'S0'));
  if (f.nerveCause === 'crps') match(matches, 'nerveBlock', 'strong', because('nerve.cause', 'S0'));
  else if (f.nerveCause !== undefined)
    match(matches, 'nerveBlock', 'possible', because('nerve.cause', 'S0'));
  if (f.kneeOsteoarthritis)
    match(matches, 'nerveBlock', 'strong', because('knee.diagnoses:osteoarthritis', 'G8'));
  for (const diagnosis of ['bursitis', 'meniscusTear'] as const) {
    if (knee?.diagnoses.includes(diagnosis))
      match(matches, 'nerveBlock', 'possible', because(`knee.diagnoses:${diagnosis}`, 'S0'));
  }

  // Spinal cord stimulation: long-standing, at least moderate nerve pain after conservative care. S0, G2.
  if (f.longStanding && f.moderateOrWorse) {
    const base = ['duration', ...painAnswers(a)];
    const neuropathic: string[] = [];
    if (back?.priorSurgery && back.legPain !== 'none')
      neuropathic.push('back.priorSurgery', 'back.legPain');
    if (neck?.priorSurgery && neck.armPain !== 'none')
      neuropathic.push('neck.priorSurgery', 'neck.armPain');
    if (f.nerveCause === 'diabetes' || f.nerveCause === 'crps') neuropathic.push('nerve.cause');
    if (f.conservativeFailed && neuropathic.length > 0) {
      const failed = f.conservativeTried.map((kind) => `treatments.${kind}`);
      match(
        matches,
        'spinalCordStimulation',
        'strong',
        [...base, ...failed, ...neuropathic].flatMap((answer) => because(answer, 'G2')),
      );
    }
    const radiating: string[] = [];
    if (f.radicularBack) radiating.push('back.legPain');
    if (f.radicularNeck) radiating.push('neck.armPain');
    if (a.locations.includes('nervePain')) radiating.push('locations:nervePain');
    const injectionsFailed = a.treatments.injections === 'noRelief' || f.injectionsTemporaryRelief;
    if (radiating.length > 0 && injectionsFailed) {
      match(
        matches,
        'spinalCordStimulation',
        'possible',
        [...base, ...radiating, 'treatments.injections'].flatMap((answer) => because(answer, 'G2')),
      );
    }
  }

  // Radiofrequency ablation: chronic facet or knee osteoarthritis pain, strongest after an
  // injection helped for a while (the diagnostic block). S0, G1, G8.
  if (f.chronic && facetPattern) {
    const reasons = [...facetPatternAnswers(a, f), 'duration'].flatMap((answer) =>
      because(answer, 'G1'),
    );
    if (f.injectionsTemporaryRelief)
      match(matches, 'radiofrequencyAblation', 'strong', [
        ...reasons,
        ...because('treatments.injections', 'G1'),
      ]);
    else match(matches, 'radiofrequencyAblation', 'possible', reasons);
  }
  if (f.chronic && f.kneeOsteoarthritis) {
    const reasons = ['knee.diagnoses:osteoarthritis', 'duration'].flatMap((answer) =>
      because(answer, 'G8'),
    );
    if (f.injectionsTemporaryRelief)
      match(matches, 'radiofrequencyAblation', 'strong', [
        ...reasons,
        ...because('treatments.injections', 'G8'),
      ]);
    else match(matches, 'radiofrequencyAblation', 'possible', reasons);
  }

  const listed = procedureIds.flatMap((id) => {
    const found = matches.get(id);
    return found ? [{ id, ...found }] : [];
  });
  return [
    ...listed.filter((p) => p.fit === 'strong'),
    ...listed.filter((p) => p.fit === 'possible'),
  ];
}

function listCautions(a: Answers, procedures: Assessment['procedures']): Assessment['cautions'] {
  const matched = new Set(procedures.map((p) => p.id));
  const has = (item: Answers['history'][number]) => a.history.includes(item);
  const steroidMatched =
    matched.has('epiduralSteroidInjection') || matched.has('facetJointInjection');
  const cautions: { id: CautionId; severity: Severity; reasons: Reason[] }[] = [];
  const add = (id: CautionId, severity: Severity, reasons: Reason[]) =>
    cautions.push({ id, severity, reasons });

  if (has('activeInfection'))
    add('activeInfection', 'important', because('history:activeInfection', 'S0', 'G4'));
  if (has('bloodThinners'))
    add('bloodThinners', 'important', because('history:bloodThinners', 'S0', 'G3'));
  if (has('bleedingDisorder'))
    add('bleedingDisorder', 'important', because('history:bleedingDisorder', 'S0', 'G3'));
  if (has('pregnant')) add('pregnancy', 'important', because('history:pregnant', 'G4'));
  if (
    has('implantedDevice') &&
    (matched.has('radiofrequencyAblation') || matched.has('spinalCordStimulation'))
  ) {
    add('implantedDevice', 'warning', because('history:implantedDevice', 'G5'));
  }
  if (has('immunosuppressed'))
    add('immunosuppressed', 'warning', because('history:immunosuppressed', 'S0', 'G4'));
  if (has('diabetes') && steroidMatched)
    add('diabetesSteroids', 'warning', because('history:diabetes', 'G6'));
  if (a.allergies.length > 0)
    add(
      'allergy',
      'warning',
      a.allergies.flatMap((allergy) => because(`allergies:${allergy}`, 'G4')),
    );
  if (a.steroidInjectionsPast12Months >= 3 && steroidMatched) {
    add('steroidLimit', 'warning', because('steroidInjectionsPast12Months', 'G4'));
  }
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
  add('generalRisks', 'info', because('locations', 'S0'));

  // Pushed in the order of CLINICAL section 3; a stable sort by severity keeps that order within.
  const rank: Record<Severity, number> = { important: 0, warning: 1, info: 2 };
  return cautions.sort((x, y) => rank[x.severity] - rank[y.severity]);
}

function listExpectations(
  a: Answers,
  procedures: Assessment['procedures'],
): Assessment['expectations'] {
  const expectations: { id: ExpectationId; reasons: Reason[] }[] = [];
  const reasonsOf = (...ids: ProcedureId[]) => {
    const reasons: Reason[] = [];
    for (const p of procedures) if (ids.includes(p.id)) mergeReasons(reasons, p.reasons);
    return reasons;
  };
  const dedupe = (reasons: Reason[]) => {
    const unique: Reason[] = [];
    mergeReasons(unique, reasons);
    return unique;
  };

  expectations.push({
    id: 'notACure',
    reasons: [
      ...because('goals', 'S0'),
      ...(a.goals.includes('painFree') ? because('goals:painFree', 'S0') : []),
    ],
  });
  const injections = reasonsOf('epiduralSteroidInjection', 'facetJointInjection', 'nerveBlock');
  if (injections.length > 0)
    expectations.push({ id: 'injectionTimeline', reasons: dedupe(recite(injections, 'S0')) });
  const ablation = reasonsOf('radiofrequencyAblation');
  if (ablation.length > 0) expectations.push({ id: 'ablationTimeline', reasons: ablation });
  const stimulation = reasonsOf('spinalCordStimulation');
  if (stimulation.length > 0)
    expectations.push({
      id: 'stimulationTimeline',
      reasons: dedupe([...recite(stimulation, 'S0'), ...stimulation]),
    });
  if (procedures.length > 0) {
    expectations.push({
      id: 'outpatient',
      reasons: dedupe(recite(reasonsOf(...procedureIds), 'S0')),
    });
  }
  return expectations;
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

  if (redFlags.some((flag) => flag.level === 'emergency')) {
    return {
      rulesetVersion,
      verdict: 'emergency',
      redFlags,
      procedures: [],
      cautions: [],
      expectations: [],
    };
  }

  const f = deriveFacts(answers);
  const procedures = matchProcedures(answers, f);
  const cautions = listCautions(answers, procedures);
  const expectations = listExpectations(answers, procedures);

  const verdict = (() => {
    if (redFlags.length > 0) return 'urgent' as const;
    if (
      f.mild ||
      answers.duration === 'under6Weeks' ||
      f.conservativeTried.length === 0 ||
      (f.someLastingRelief && answers.painAverage <= 4)
    ) {
      return 'conservativeFirst' as const;
    }
    if (
      f.chronic &&
      f.moderateOrWorse &&
      f.conservativeFailed &&
      procedures.some((p) => p.fit === 'strong')
    ) {
      return 'goodCandidate' as const;
    }
    return 'possibleCandidate' as const;
  })();

  return { rulesetVersion, verdict, redFlags, procedures, cautions, expectations };
}
