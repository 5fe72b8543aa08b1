import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { infectionRisk } from './infection-risk';
import { answersSchema, type Answers, type PriorProcedure } from './answers';
import {
  verdictReasons,
  type Assessment,
  type CautionId,
  type ProcedureId,
  type Verdict,
  type VerdictReason,
} from './assessment';
import { answersArbitrary, flaglessAnswers, nonEmergencyAnswers } from './arbitraries.testing';
import { answersWith } from './examples.testing';

type Edit = (a: Answers) => void;

const back =
  (patch: Partial<NonNullable<Answers['back']>>): Edit =>
  (a) => {
    a.back = { ...a.back!, ...patch };
  };
const treatments =
  (patch: Partial<Answers['treatments']>): Edit =>
  (a) => {
    a.treatments = { ...a.treatments, ...patch };
  };
/** Injections tried, with these earlier procedures (the schema asks for both or neither). */
const prior =
  (...procedures: PriorProcedure[]): Edit =>
  (a) => {
    if (a.treatments.injections === 'notTried') a.treatments.injections = 'temporaryRelief';
    a.priorProcedures = procedures;
  };
const history =
  (...items: Answers['history']): Edit =>
  (a) => {
    a.history = items;
  };
const flags =
  (...redFlags: Answers['redFlags']): Edit =>
  (a) => {
    a.redFlags = redFlags;
  };
const set =
  (patch: Partial<Answers>): Edit =>
  (a) => {
    Object.assign(a, patch);
  };
const allNotTried: Edit = (a) => {
  for (const kind of Object.keys(a.treatments) as (keyof Answers['treatments'])[])
    a.treatments[kind] = 'notTried';
};
function only(location: 'neck' | 'knee' | 'head' | 'nervePain' | 'other', details?: object): Edit {
  return (a) => {
    delete a.back;
    a.locations = [location];
    const field = { neck: 'neck', knee: 'knee', head: 'head', nervePain: 'nerve' } as const;
    if (location !== 'other') Object.assign(a, { [field[location]]: details });
  };
}
const neck = (patch: Partial<NonNullable<Answers['neck']>> = {}) =>
  only('neck', { armPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false, ...patch });
const knee = (diagnoses: NonNullable<Answers['knee']>['diagnoses']) =>
  only('knee', { diagnoses, replacement: 'none' });

/** Built answers must be valid: a test that builds impossible answers proves nothing. */
function valid(...edits: Edit[]): Answers {
  const answers = answersWith(...edits);
  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return answers;
}

const procedures = (r: Assessment) => r.procedures.map((p) => `${p.id}:${p.fit}`);
const cautionList = (r: Assessment) =>
  r.cautions.map((c) => c.id).filter((id) => id !== 'generalRisks');
const expectationList = (r: Assessment) => r.expectations.map((e) => e.id);

describe('assess: the 17 worked examples of CLINICAL section 4', () => {
  const examples: [
    n: number,
    answers: Answers,
    verdict: Verdict,
    because: VerdictReason[],
    procedures: string[],
    cautions: CautionId[],
  ][] = [
    [
      1,
      valid(back({ legPain: 'belowKnee', diagnoses: ['discHerniation'] })),
      'goodCandidate',
      ['strongMatch'],
      ['epiduralSteroidInjection:strong'],
      ['esiRareSeriousRisks'],
    ],
    [
      2,
      valid(
        back({ worseWith: ['bendingBackwardTwisting'] }),
        treatments({ injections: 'temporaryRelief' }),
        prior({ kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' }),
      ),
      'goodCandidate',
      ['strongMatch'],
      ['facetJointInjection:strong', 'radiofrequencyAblation:strong'],
      [],
    ],
    [
      3,
      valid(
        back({ worseWith: ['bendingBackwardTwisting'] }),
        treatments({ injections: 'temporaryRelief' }),
        prior({ kind: 'epidural', relief: 'under50', lasted: 'daysToWeeks' }),
      ),
      'goodCandidate',
      ['strongMatch'],
      ['facetJointInjection:strong', 'radiofrequencyAblation:possible'],
      [],
    ],
    [4, valid(flags('saddleNumbness')), 'emergency', ['emergencyFlag'], [], []],
    [
      5,
      valid(set({ painAverage: 2, painWorst: 2, interference: 2 })),
      'conservativeFirst',
      ['mild'],
      ['facetJointInjection:possible'],
      [],
    ],
    [
      6,
      valid(allNotTried),
      'conservativeFirst',
      ['nothingTried', 'noActiveTherapy'],
      ['facetJointInjection:possible'],
      [],
    ],
    [
      7,
      valid(
        only('nervePain', { cause: 'diabetes' }),
        set({ duration: 'over1Year' }),
        treatments({ physicalTherapy: 'notTried', exercise: 'noRelief' }),
      ),
      'possibleCandidate',
      ['noStrongMatch'],
      ['spinalCordStimulation:possible'],
      ['mriAfterStimulator'],
    ],
    [
      8,
      valid(flags('myelopathySigns'), back({ legPain: 'belowKnee' })),
      'urgent',
      ['urgentFlag'],
      ['epiduralSteroidInjection:strong'],
      ['esiRareSeriousRisks'],
    ],
    [
      9,
      valid(only('head', { types: ['migraine'], daysPerMonth: 4 })),
      'possibleCandidate',
      ['noStrongMatch'],
      ['nerveBlock:possible'],
      [],
    ],
    [
      10,
      valid(
        set({ mood: { phq2: [2, 2], gad2: [1, 0], selfHarmThoughts: false } }),
        back({ legPain: 'belowKnee' }),
      ),
      'goodCandidate',
      ['strongMatch'],
      ['epiduralSteroidInjection:strong'],
      ['moodSupport', 'esiRareSeriousRisks'],
    ],
    [
      11,
      valid(
        history('bloodThinners'),
        set({ bloodThinnerKinds: ['doac'] }),
        back({ legPain: 'belowKnee' }),
      ),
      'goodCandidate',
      ['strongMatch'],
      ['epiduralSteroidInjection:strong'],
      ['bloodThinners', 'esiRareSeriousRisks'],
    ],
    [
      12,
      valid(
        treatments({ physicalTherapy: 'notTried' }),
        back({ worseWith: ['bendingBackwardTwisting'] }),
      ),
      'conservativeFirst',
      ['noActiveTherapy'],
      ['facetJointInjection:strong', 'radiofrequencyAblation:possible'],
      [],
    ],
    [
      13,
      valid(
        back({ legPain: 'belowKnee', priorSurgery: true }),
        set({ duration: 'over1Year', painAverage: 7, painWorst: 9, interference: 7 }),
        treatments({
          prescriptionMedication: 'noRelief',
          physicalTherapy: 'temporaryRelief',
          injections: 'noRelief',
        }),
        prior({ kind: 'epidural', relief: 'none', lasted: 'underOneDay' }),
      ),
      'goodCandidate',
      ['strongMatch'],
      ['spinalCordStimulation:strong', 'epiduralSteroidInjection:possible'],
      ['esiRareSeriousRisks', 'mriAfterStimulator'],
    ],
    [
      14,
      valid(flags('spinalInfectionRisk', 'feverChills')),
      'emergency',
      ['emergencyFlag'],
      [],
      [],
    ],
    [
      15,
      valid(flags('feverChills'), history('immunosuppressed')),
      'emergency',
      ['infectionRisk'],
      [],
      [],
    ],
    [
      16,
      valid(history('pregnant'), back({ legPain: 'belowKnee' })),
      'possibleCandidate',
      ['medicalReviewFirst'],
      ['epiduralSteroidInjection:strong'],
      ['pregnancy', 'esiRareSeriousRisks'],
    ],
    [
      17,
      valid(set({ duration: '6WeeksTo3Months' }), back({ legPain: 'belowKnee' })),
      'goodCandidate',
      ['strongMatch'],
      ['epiduralSteroidInjection:strong'],
      ['esiRareSeriousRisks'],
    ],
  ];

  it.each(examples)('example %i', (_n, answers, verdict, verdictBecause, expected, cautions) => {
    const result = assess(answers);
    expect({
      verdict: result.verdict,
      verdictBecause: result.verdictBecause,
      procedures: procedures(result),
      cautions: cautionList(result),
    }).toEqual({ verdict, verdictBecause, procedures: expected, cautions });
    if (verdict !== 'emergency') expect(result.cautions.at(-1)?.id).toBe('generalRisks');
  });

  const example = (n: number) => examples[n - 1]![1];

  it.each([4, 14, 15])(
    'example %i (emergency) empties every list but the flags, and still screens mood',
    (n) => {
      const result = assess(example(n));
      expect([result.procedures, result.cautions, result.expectations]).toEqual([[], [], []]);
      expect(result.moodScreen).toEqual({
        phq2: 0,
        gad2: 0,
        positive: false,
        selfHarmThoughts: false,
      });
      expect(result.rulesetVersion).toBe('2026.2');
    },
  );

  it('example 14 lists every ticked flag, the urgent one too, emergency first', () => {
    expect(assess(example(14)).redFlags).toEqual([
      { id: 'spinalInfectionRisk', level: 'emergency' },
      { id: 'feverChills', level: 'urgent' },
    ]);
  });

  it('example 2: RFA is strong by the measured block, with no test blocks to come', () => {
    const result = assess(example(2));
    expect(result.procedures[1]).toEqual({
      id: 'radiofrequencyAblation',
      fit: 'strong',
      reasons: [
        { answer: 'back.legPain', source: 'S0' },
        { answer: 'back.worseWith:bendingBackwardTwisting', source: 'S0' },
        { answer: 'duration', source: 'S0' },
        { answer: 'priorProcedures:facetOrMedialBranchBlock', source: 'G1' },
      ],
    });
    expect(expectationList(result)).toEqual([
      'notACure',
      'whenToSeekCare',
      'injectionTimeline',
      'ablationTimeline',
      'outpatient',
    ]);
  });

  it('example 3: an epidural that did not help is no diagnostic block, so test blocks come first', () => {
    expect(expectationList(assess(example(3)))).toContain('diagnosticBlocksFirst');
  });

  it('example 7: no nerve block for diabetic nerve damage', () => {
    expect(procedures(assess(example(7)))).not.toContain('nerveBlock:possible');
  });

  it('example 10: the mood screen is positive on PHQ-2 (4), not GAD-2 (1)', () => {
    const result = assess(example(10));
    expect(result.moodScreen).toEqual({
      phq2: 4,
      gad2: 1,
      positive: true,
      selfHarmThoughts: false,
    });
    expect(
      result.cautions.find((c) => c.id === 'moodSupport')?.reasons.map((r) => r.answer),
    ).toEqual(['mood.phq2', 'mood.phq2']);
  });

  it('example 11: the blood-thinner caution is important and names the DOAC', () => {
    const caution = assess(example(11)).cautions.find((c) => c.id === 'bloodThinners');
    expect(caution?.severity).toBe('important');
    expect(caution?.reasons).toContainEqual({ answer: 'bloodThinnerKinds:doac', source: 'G3' });
  });

  it('example 13: the failed epidural is cited by L1, and SCS brings its pathway', () => {
    const result = assess(example(13));
    const epidural = result.procedures.find((p) => p.id === 'epiduralSteroidInjection');
    expect(epidural?.reasons).toContainEqual({ answer: 'priorProcedures:epidural', source: 'L1' });
    expect(expectationList(result)).toContain('stimulationPathway');
  });
});

// Single rules, one row each: the answers that differ from the base, and what must follow.
describe('assess: each rule', () => {
  const rows: [
    name: string,
    edits: Edit[],
    select: (r: Assessment) => unknown,
    expected: unknown,
  ][] = [
    // Epidural steroid injection.
    [
      'radicular neck pain: ESI strong',
      [neck({ armPain: 'belowElbow' })],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'buttock or thigh pain: ESI possible',
      [back({ legPain: 'buttockOrThigh' })],
      procedures,
      ['epiduralSteroidInjection:possible'],
    ],
    [
      'shoulder pain: ESI possible',
      [neck({ armPain: 'shoulder' })],
      procedures,
      ['epiduralSteroidInjection:possible'],
    ],
    [
      'stenosis and worse standing with back pain only: no ESI (the pain does not spread)',
      [
        back({
          worseWith: ['standingWalking'],
          diagnoses: ['spinalStenosis', 'discHerniation', 'sciatica'],
        }),
      ],
      procedures,
      ['facetJointInjection:possible'],
    ],
    [
      'worse standing with thigh pain: ESI possible, cited by the clinic only (not NICE)',
      [back({ legPain: 'buttockOrThigh', worseWith: ['standingWalking'] })],
      (r: Assessment) => r.procedures[0]?.reasons,
      [
        { answer: 'back.legPain', source: 'S0' },
        { answer: 'back.worseWith:standingWalking', source: 'S0' },
      ],
    ],
    [
      'pinched nerve with neck pain only: no ESI',
      [neck({ diagnoses: ['pinchedNerve'] })],
      procedures,
      ['facetJointInjection:possible'],
    ],
    [
      'an epidural that gave 50-79% relief keeps ESI strong',
      [
        back({ legPain: 'belowKnee' }),
        prior({ kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'an epidural that gave under 50% relief: ESI possible (and, a spinal procedure having failed, SCS possible)',
      [
        back({ legPain: 'belowKnee' }),
        prior({ kind: 'epidural', relief: 'under50', lasted: 'monthsOrMore' }),
      ],
      procedures,
      ['epiduralSteroidInjection:possible', 'spinalCordStimulation:possible'],
    ],
    // Facet joint injection.
    [
      'facet arthritis with thigh pain: facet strong (facet pain may reach the thigh)',
      [back({ legPain: 'buttockOrThigh', diagnoses: ['facetArthritis'] })],
      procedures,
      [
        'facetJointInjection:strong',
        'epiduralSteroidInjection:possible',
        'radiofrequencyAblation:possible',
      ],
    ],
    [
      'facet arthritis with pain below the knee: no facet pattern',
      [back({ legPain: 'belowKnee', diagnoses: ['facetArthritis'] })],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'degenerative disc with leg pain: facet possible',
      [back({ legPain: 'belowKnee', diagnoses: ['degenerativeDisc'] })],
      procedures,
      ['epiduralSteroidInjection:strong', 'facetJointInjection:possible'],
    ],
    [
      'neck pain worse turning, shoulder pain: facet strong',
      [neck({ armPain: 'shoulder', worseWith: ['turningOrLookingUp'] })],
      procedures,
      [
        'facetJointInjection:strong',
        'epiduralSteroidInjection:possible',
        'radiofrequencyAblation:possible',
      ],
    ],
    [
      'facet strong never cites NICE NG59',
      [back({ worseWith: ['bendingBackwardTwisting'] })],
      (r: Assessment) => r.procedures[0]?.reasons.map((reason) => reason.source),
      ['S0', 'S0'],
    ],
    // Nerve block.
    [
      'cluster headache 4 days a month after prescription medicines: nerve block strong',
      [
        only('head', { types: ['cluster'], daysPerMonth: 4 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:strong'],
    ],
    [
      'cluster headache 3 days a month: nerve block possible',
      [
        only('head', { types: ['cluster'], daysPerMonth: 3 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'cluster headache without prescription medicines tried: possible',
      [only('head', { types: ['cluster'], daysPerMonth: 10 })],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'migraine 8 days a month after prescription medicines: strong',
      [
        only('head', { types: ['migraine'], daysPerMonth: 8 }),
        treatments({ prescriptionMedication: 'temporaryRelief' }),
      ],
      procedures,
      ['nerveBlock:strong'],
    ],
    [
      'migraine 7 days a month after prescription medicines: possible',
      [
        only('head', { types: ['migraine'], daysPerMonth: 7 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'back-of-head headache, treated, 4 days: strong',
      [
        only('head', { types: ['backOfHead'], daysPerMonth: 4 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:strong'],
    ],
    [
      'another kind of headache only: possible',
      [
        only('head', { types: ['other'], daysPerMonth: 20 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'CRPS: nerve block strong (SCS possible until nerve medicines were tried)',
      [only('nervePain', { cause: 'crps' })],
      procedures,
      ['nerveBlock:strong', 'spinalCordStimulation:possible'],
    ],
    [
      'shingles: nerve block possible',
      [only('nervePain', { cause: 'shingles' })],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'after surgery or injury: nerve block possible',
      [only('nervePain', { cause: 'afterSurgeryOrInjury' })],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'unknown cause: nerve block possible',
      [only('nervePain', { cause: 'unknown' })],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'chemotherapy: no nerve block',
      [only('nervePain', { cause: 'chemotherapy' })],
      procedures,
      [],
    ],
    [
      'knee bursitis: nerve block possible',
      [knee(['bursitis'])],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'torn meniscus: nerve block possible',
      [knee(['meniscusTear'])],
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'knee osteoarthritis: nerve block strong, RFA possible with test blocks first',
      [knee(['osteoarthritis'])],
      (r: Assessment) => [procedures(r), expectationList(r).includes('diagnosticBlocksFirst')],
      [['nerveBlock:strong', 'radiofrequencyAblation:possible'], true],
    ],
    ['other location alone: nothing matches', [only('other')], procedures, []],
    // Radiofrequency ablation.
    [
      'knee injection with 50-79% relief: RFA strong, no test blocks to come',
      [
        knee(['osteoarthritis']),
        prior({ kind: 'kneeInjection', relief: '50to79', lasted: 'underOneDay' }),
      ],
      (r: Assessment) => [procedures(r), expectationList(r).includes('diagnosticBlocksFirst')],
      [['nerveBlock:strong', 'radiofrequencyAblation:strong'], false],
    ],
    [
      'a knee injection with under 50% relief is no positive block',
      [
        knee(['osteoarthritis']),
        prior({ kind: 'kneeInjection', relief: 'under50', lasted: 'monthsOrMore' }),
      ],
      procedures,
      ['nerveBlock:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'an earlier RFA that helped for months counts as a positive block',
      [
        back({ diagnoses: ['facetArthritis'] }),
        prior({ kind: 'radiofrequencyAblation', relief: '80plus', lasted: 'monthsOrMore' }),
      ],
      procedures,
      ['facetJointInjection:strong', 'radiofrequencyAblation:strong'],
    ],
    [
      'an earlier RFA that helped for weeks only does not',
      [
        back({ diagnoses: ['facetArthritis'] }),
        prior({ kind: 'radiofrequencyAblation', relief: '80plus', lasted: 'daysToWeeks' }),
      ],
      procedures,
      ['facetJointInjection:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'a facet block that helped but for a knee patient: no spine block for the knee',
      [
        knee(['osteoarthritis']),
        prior({ kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' }),
      ],
      procedures,
      ['nerveBlock:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'a positive block for the spine does not spare the knee its test blocks',
      [
        (a) => {
          a.locations = ['lowerBack', 'knee'];
          a.knee = { diagnoses: ['osteoarthritis'], replacement: 'none' };
        },
        back({ diagnoses: ['facetArthritis'] }),
        prior({ kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' }),
      ],
      (r: Assessment) => [
        procedures(r).includes('radiofrequencyAblation:strong'),
        r.expectations.find((e) => e.id === 'diagnosticBlocksFirst')?.reasons.map((x) => x.answer),
      ],
      [true, ['knee.diagnoses:osteoarthritis']],
    ],
    [
      'facet pattern under 3 months: no RFA',
      [back({ diagnoses: ['facetArthritis'] }), set({ duration: '6WeeksTo3Months' })],
      procedures,
      ['facetJointInjection:strong'],
    ],
    // Spinal cord stimulation.
    [
      'SCS needs average pain of 5: interference alone is not enough',
      [
        back({ legPain: 'belowKnee', priorSurgery: true }),
        set({ duration: 'over1Year', painAverage: 4, painWorst: 9, interference: 8 }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'SCS needs 6 months or more',
      [
        back({ legPain: 'belowKnee', priorSurgery: true }),
        set({ duration: '3To6Months' }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'SCS after store-bought pills and physical therapy only: possible, not strong',
      [back({ legPain: 'belowKnee', priorSurgery: true })],
      procedures,
      ['epiduralSteroidInjection:strong', 'spinalCordStimulation:possible'],
    ],
    [
      'radicular pain without a qualifier (no surgery, no failed spinal procedure): no SCS',
      [
        back({ legPain: 'belowKnee' }),
        set({ duration: 'over1Year' }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'a knee injection that did not help is no failed spinal procedure',
      [
        back({ legPain: 'belowKnee' }),
        treatments({ prescriptionMedication: 'noRelief' }),
        prior({ kind: 'kneeInjection', relief: 'none', lasted: 'underOneDay' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'a failed facet block qualifies radicular pain for SCS',
      [
        back({ legPain: 'belowKnee' }),
        treatments({ prescriptionMedication: 'noRelief' }),
        prior({ kind: 'facetOrMedialBranchBlock', relief: 'under50', lasted: 'underOneDay' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong', 'spinalCordStimulation:strong'],
    ],
    [
      'a stimulator trial that did not help rules SCS out',
      [
        back({ legPain: 'belowKnee', priorSurgery: true }),
        treatments({ prescriptionMedication: 'noRelief' }),
        prior({ kind: 'spinalCordStimulatorTrial', relief: 'under50', lasted: 'underOneDay' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'a stimulator trial that helped qualifies on its own',
      [
        back({ legPain: 'belowKnee' }),
        treatments({ prescriptionMedication: 'noRelief' }),
        prior({ kind: 'spinalCordStimulatorTrial', relief: '80plus', lasted: 'daysToWeeks' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong', 'spinalCordStimulation:strong'],
    ],
    [
      'CRPS, long-standing, after nerve medicines: SCS strong without physical therapy',
      [
        only('nervePain', { cause: 'crps' }),
        treatments({ physicalTherapy: 'notTried', prescriptionMedication: 'noRelief' }),
      ],
      procedures,
      ['nerveBlock:strong', 'spinalCordStimulation:strong'],
    ],
    [
      'conservative care still helping: no SCS',
      [
        back({ legPain: 'belowKnee', priorSurgery: true }),
        treatments({ prescriptionMedication: 'noRelief', exercise: 'lastingRelief' }),
      ],
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    // Verdict.
    [
      'under 6 weeks: conservative first (recent)',
      [set({ duration: 'under6Weeks' })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['conservativeFirst', ['recent']],
    ],
    [
      'lasting relief with average 4: responding to treatment',
      [
        back({ legPain: 'belowKnee' }),
        set({ painAverage: 4 }),
        treatments({ exercise: 'lastingRelief' }),
      ],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['conservativeFirst', ['respondingToTreatment']],
    ],
    [
      'lasting relief with average 5: possible candidate (some lasting relief)',
      [
        back({ legPain: 'belowKnee' }),
        set({ painAverage: 5 }),
        treatments({ exercise: 'lastingRelief' }),
      ],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['someLastingRelief']],
    ],
    [
      'chiropractic alone is not active therapy for back pain',
      [allNotTried, treatments({ chiropractic: 'noRelief' })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['conservativeFirst', ['noActiveTherapy']],
    ],
    [
      'severe sciatica is exempt from active therapy first',
      [allNotTried, treatments({ otcMedication: 'noRelief' }), back({ legPain: 'belowKnee' })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['goodCandidate', ['strongMatch']],
    ],
    [
      'headaches are exempt from active therapy first',
      [
        only('head', { types: ['cluster'], daysPerMonth: 10 }),
        treatments({ physicalTherapy: 'notTried', prescriptionMedication: 'noRelief' }),
      ],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['goodCandidate', ['strongMatch']],
    ],
    [
      'mild, recent and nothing tried: every reason, in order',
      [
        allNotTried,
        set({ duration: 'under6Weeks', painAverage: 1, painWorst: 2, interference: 0 }),
      ],
      (r: Assessment) => r.verdictBecause,
      ['mild', 'recent', 'nothingTried', 'noActiveTherapy'],
    ],
    [
      'chronic with only a possible fit: noStrongMatch',
      [back({ legPain: 'buttockOrThigh' })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['noStrongMatch']],
    ],
    [
      'nothing matched: noProcedureMatched',
      [only('other')],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['noProcedureMatched']],
    ],
    [
      '6 weeks to 3 months without a strong ESI: notChronic',
      [back({ worseWith: ['bendingBackwardTwisting'] }), set({ duration: '6WeeksTo3Months' })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['notChronic']],
    ],
    [
      'average 4, interference 4: notSevere',
      [back({ legPain: 'belowKnee' }), set({ painAverage: 4, interference: 4 })],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['notSevere']],
    ],
    [
      'an infection now waits for review: medicalReviewFirst',
      [back({ legPain: 'belowKnee' }), history('activeInfection')],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['medicalReviewFirst']],
    ],
    [
      'a bleeding disorder waits for review: medicalReviewFirst',
      [back({ legPain: 'belowKnee' }), history('bleedingDisorder')],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['possibleCandidate', ['medicalReviewFirst']],
    ],
    [
      'every urgent flag gives urgent, in enumeration order',
      [
        flags(
          'positionalOrCoughHeadache',
          'fractureRisk',
          'myelopathySigns',
          'nightPain',
          'unexplainedWeightLoss',
          'cancerHistory',
          'feverChills',
        ),
      ],
      (r: Assessment) => [r.verdict, r.verdictBecause, r.redFlags.map((f) => f.id)],
      [
        'urgent',
        ['urgentFlag'],
        [
          'feverChills',
          'cancerHistory',
          'unexplainedWeightLoss',
          'nightPain',
          'myelopathySigns',
          'fractureRisk',
          'positionalOrCoughHeadache',
        ],
      ],
    ],
    [
      'each new emergency flag gives emergency',
      [set({ age: 70 }), flags('giantCellArteritisSigns', 'hotSwollenJoint')],
      (r: Assessment) => [r.verdict, r.redFlags.map((f) => f.level)],
      ['emergency', ['emergency', 'emergency']],
    ],
    [
      'fever with a weak immune system and neck pain: emergency (infection risk)',
      [neck(), flags('feverChills'), history('immunosuppressed')],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['emergency', ['infectionRisk']],
    ],
    [
      'fever with a weak immune system and knee pain only: urgent, not emergency',
      [knee([]), flags('feverChills'), history('immunosuppressed')],
      (r: Assessment) => [r.verdict, r.verdictBecause],
      ['urgent', ['urgentFlag']],
    ],
    [
      'an emergency flag and the infection risk: both reasons',
      [flags('saddleNumbness', 'feverChills'), history('immunosuppressed')],
      (r: Assessment) => r.verdictBecause,
      ['emergencyFlag', 'infectionRisk'],
    ],
    // Cautions.
    [
      'every caution, most severe first, then in the listed order',
      [
        set({
          age: 60,
          duration: 'under6Weeks',
          steroidInjectionsPast12Months: 2,
          steroidCoursesPast12Months: 1,
        }),
        back({ legPain: 'belowKnee', worseWith: ['bendingBackwardTwisting'], priorSurgery: true }),
        history(
          'osteoporosis',
          'glp1Agonist',
          'immunosuppressed',
          'implantedDevice',
          'pregnant',
          'diabetes',
          'bleedingDisorder',
          'bloodThinners',
          'activeInfection',
        ),
        set({
          bloodThinnerKinds: ['warfarin'],
          allergies: ['latex'],
          mood: { phq2: [3, 3], gad2: [3, 3], selfHarmThoughts: true },
        }),
        (a) => {
          a.locations = ['lowerBack', 'knee'];
          a.knee = { diagnoses: ['osteoarthritis'], replacement: 'none' };
        },
      ],
      (r: Assessment) => r.cautions.map((c) => `${c.id}:${c.severity}`),
      [
        'activeInfection:important',
        'bloodThinners:important',
        'bleedingDisorder:important',
        'pregnancy:important',
        'selfHarmSupport:important',
        'immunosuppressed:warning',
        'diabetesSteroids:warning',
        'allergy:warning',
        'steroidLimit:warning',
        'glp1Sedation:warning',
        'newPainOver50:warning',
        'osteoporosisCare:info',
        'esiRareSeriousRisks:info',
        'generalRisks:info',
      ],
    ],
    [
      'aspirin alone: the blood-thinner caution is a warning',
      [history('bloodThinners'), set({ bloodThinnerKinds: ['aspirin'] })],
      (r: Assessment) => r.cautions.find((c) => c.id === 'bloodThinners')?.severity,
      'warning',
    ],
    [
      'aspirin and unsure: important',
      [history('bloodThinners'), set({ bloodThinnerKinds: ['aspirin', 'unsure'] })],
      (r: Assessment) => r.cautions.find((c) => c.id === 'bloodThinners')?.severity,
      'important',
    ],
    [
      'self-harm thoughts: crisis support, and no second mood caution',
      [set({ mood: { phq2: [3, 3], gad2: [0, 0], selfHarmThoughts: true } })],
      (r: Assessment) => [cautionList(r), r.moodScreen],
      [['selfHarmSupport'], { phq2: 6, gad2: 0, positive: true, selfHarmThoughts: true }],
    ],
    [
      'GAD-2 of 3 alone screens positive',
      [set({ mood: { phq2: [0, 2], gad2: [2, 1], selfHarmThoughts: false } })],
      (r: Assessment) => [cautionList(r), r.moodScreen.positive],
      [['moodSupport'], true],
    ],
    [
      'PHQ-2 and GAD-2 of 2 each: negative',
      [set({ mood: { phq2: [1, 1], gad2: [1, 1], selfHarmThoughts: false } })],
      (r: Assessment) => [cautionList(r), r.moodScreen.positive],
      [[], false],
    ],
    [
      'diabetic nerve pain with a nerve block for the knee: diabetes caution, by the nerve answer',
      [
        (a) => {
          delete a.back;
          a.locations = ['knee', 'nervePain'];
          a.knee = { diagnoses: ['osteoarthritis'], replacement: 'none' };
          a.nerve = { cause: 'diabetes' };
        },
      ],
      (r: Assessment) => r.cautions.find((c) => c.id === 'diabetesSteroids')?.reasons,
      [{ answer: 'nerve.cause', source: 'G6' }],
    ],
    [
      'two steroid injections and one course: the limit caution',
      [set({ steroidInjectionsPast12Months: 2, steroidCoursesPast12Months: 1 })],
      cautionList,
      ['steroidLimit'],
    ],
    [
      'two steroid injections and no course: no limit caution',
      [set({ steroidInjectionsPast12Months: 2 })],
      cautionList,
      [],
    ],
    [
      'GLP-1 medicine with no procedure matched: no sedation caution',
      [only('other'), history('glp1Agonist')],
      cautionList,
      [],
    ],
    [
      'osteoporosis with no steroid procedure: no bone caution',
      [only('other'), history('osteoporosis')],
      cautionList,
      [],
    ],
    [
      'radicular neck pain cites the clinic, not the low back guidance (NICE NG59)',
      [neck({ armPain: 'belowElbow' })],
      (r: Assessment) => r.procedures[0]?.reasons,
      [{ answer: 'neck.armPain', source: 'S0' }],
    ],
    [
      'a neck facet pattern with a helpful block: RFA strong, without the low back guidance',
      [
        neck({ worseWith: ['turningOrLookingUp'] }),
        prior({ kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' }),
      ],
      (r: Assessment) =>
        r.procedures
          .find((p) => p.id === 'radiofrequencyAblation')
          ?.reasons.map((reason) => reason.source),
      ['S0', 'S0', 'S0', 'S0'],
    ],
    [
      'implanted device with RFA matched: device caution',
      [back({ worseWith: ['bendingBackwardTwisting'] }), history('implantedDevice')],
      cautionList,
      ['implantedDevice'],
    ],
    [
      'implanted device without RFA or SCS: no device caution',
      [back({ legPain: 'belowKnee' }), history('implantedDevice')],
      cautionList,
      ['esiRareSeriousRisks'],
    ],
    [
      'new neck pain at 50: cited by the neck red flags (R3)',
      [neck(), set({ age: 50, duration: 'under6Weeks' })],
      (r: Assessment) => r.cautions.find((c) => c.id === 'newPainOver50')?.reasons,
      [
        { answer: 'age', source: 'R1' },
        { answer: 'duration', source: 'R1' },
        { answer: 'locations:neck', source: 'R3' },
      ],
    ],
    [
      'new back pain at 49: no over-50 caution',
      [set({ age: 49, duration: 'under6Weeks' })],
      cautionList,
      [],
    ],
    // Expectations.
    [
      'the pain-free goal is named by not-a-cure',
      [set({ goals: ['painFree'] })],
      (r: Assessment) => r.expectations[0],
      {
        id: 'notACure',
        reasons: [
          { answer: 'goals', source: 'S0' },
          { answer: 'goals:painFree', source: 'S0' },
        ],
      },
    ],
    [
      'no procedure: not-a-cure and when to seek care only',
      [only('other')],
      expectationList,
      ['notACure', 'whenToSeekCare'],
    ],
    [
      'SCS brings its pathway',
      [
        back({ legPain: 'belowKnee', priorSurgery: true }),
        treatments({ prescriptionMedication: 'noRelief' }),
      ],
      expectationList,
      ['notACure', 'whenToSeekCare', 'injectionTimeline', 'stimulationPathway', 'outpatient'],
    ],
    [
      'urgent keeps procedures, cautions and expectations for staff',
      [flags('nightPain'), back({ legPain: 'belowKnee' })],
      (r: Assessment) => [procedures(r), cautionList(r), expectationList(r).length],
      [['epiduralSteroidInjection:strong'], ['esiRareSeriousRisks'], 4],
    ],
  ];

  it.each(rows)('%s', (_name, edits, select, expected) => {
    expect(select(assess(valid(...edits)))).toEqual(expected);
  });
});

const NUM_RUNS = 2_000;
const verdictRank: Partial<Record<Verdict, number>> = {
  conservativeFirst: 0,
  possibleCandidate: 1,
  goodCandidate: 2,
};

describe('assess: properties over generated answers', () => {
  it('emergency exactly when an emergency flag or the infection risk holds; then every list is empty', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const result = assess(answers);
        const emergency =
          result.redFlags.some((f) => f.level === 'emergency') || infectionRisk(answers);
        expect(result.verdict === 'emergency').toBe(emergency);
        expect(result.redFlags.map((f) => f.id).sort()).toEqual([...answers.redFlags].sort());
        if (emergency) {
          expect([result.procedures, result.cautions, result.expectations]).toEqual([[], [], []]);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('verdictBecause is never empty, unique, in VerdictReason order, and belongs to its verdict', () => {
    const belongs: Record<Verdict, VerdictReason[]> = {
      emergency: ['emergencyFlag', 'infectionRisk'],
      urgent: ['urgentFlag'],
      conservativeFirst: [
        'mild',
        'recent',
        'nothingTried',
        'respondingToTreatment',
        'noActiveTherapy',
      ],
      goodCandidate: ['strongMatch'],
      possibleCandidate: [
        'notChronic',
        'notSevere',
        'someLastingRelief',
        'medicalReviewFirst',
        'noStrongMatch',
        'noProcedureMatched',
      ],
    };
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const { verdict, verdictBecause } = assess(answers);
        expect(verdictBecause.length).toBeGreaterThan(0);
        const sorted = [...new Set(verdictBecause)].sort(
          (x, y) => verdictReasons.indexOf(x) - verdictReasons.indexOf(y),
        );
        expect(verdictBecause).toEqual(sorted);
        for (const reason of verdictBecause) expect(belongs[verdict]).toContain(reason);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic, never throws and never mutates its input', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const before = structuredClone(answers);
        const first = assess(answers);
        expect(answers).toEqual(before);
        expect(assess(structuredClone(answers))).toEqual(first);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising average pain or interference never lowers the verdict', () => {
    fc.assert(
      fc.property(
        flaglessAnswers,
        fc.constantFrom('painAverage' as const, 'interference' as const),
        fc.integer({ min: 1, max: 10 }),
        (answers, field, raise) => {
          fc.pre(!infectionRisk(answers));
          const raised = structuredClone(answers);
          raised[field] = Math.min(10, raised[field] + raise);
          raised.painWorst = Math.max(raised.painWorst, raised.painAverage);
          const before = verdictRank[assess(answers).verdict];
          const after = verdictRank[assess(raised).verdict];
          expect(after).toBeGreaterThanOrEqual(before!);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('a procedure that did not help never makes a procedure stronger than no procedure at all', () => {
    // RFA "strong after any injection that helped" was a 2026.1 error: only measured relief counts.
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const { priorProcedures } = answers;
        fc.pre(priorProcedures !== undefined);
        const failedOnly = structuredClone(answers);
        failedOnly.priorProcedures = priorProcedures.map((p) => ({
          ...p,
          relief: 'none',
        }));
        const strong = (r: Assessment) =>
          r.procedures.filter((p) => p.fit === 'strong' && p.id === 'radiofrequencyAblation');
        expect(strong(assess(failedOnly))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('goodCandidate never goes with a pregnancy, an infection now or a bleeding disorder', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const review = ['pregnant', 'activeInfection', 'bleedingDisorder'] as const;
        if (review.some((item) => answers.history.includes(item)))
          expect(assess(answers).verdict).not.toBe('goodCandidate');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('spinal cord stimulation is never matched with average pain under 5 or after a failed trial', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const trialFailed = answers.priorProcedures?.some(
          (p) =>
            p.kind === 'spinalCordStimulatorTrial' &&
            (p.relief === 'none' || p.relief === 'under50'),
        );
        if (answers.painAverage < 5 || trialFailed) {
          expect(assess(answers).procedures.map((p) => p.id)).not.toContain(
            'spinalCordStimulation',
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('lists each procedure once, strong before possible, in ProcedureId order', () => {
    const order: ProcedureId[] = [
      'epiduralSteroidInjection',
      'facetJointInjection',
      'nerveBlock',
      'spinalCordStimulation',
      'radiofrequencyAblation',
    ];
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const { procedures: listed } = assess(answers);
        const sorted = [...listed].sort(
          (x, y) =>
            Number(x.fit === 'possible') - Number(y.fit === 'possible') ||
            order.indexOf(x.id) - order.indexOf(y.id),
        );
        expect(listed).toEqual(sorted);
        expect(new Set(listed.map((p) => p.id)).size).toBe(listed.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('urgent flags give urgent unless an emergency; otherwise the verdict is never urgent', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        fc.pre(!infectionRisk(answers));
        expect(assess(answers).verdict === 'urgent').toBe(answers.redFlags.length > 0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every non-emergency lists general risks last, and not-a-cure then when-to-seek-care first', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const result = assess(answers);
        if (result.verdict === 'emergency') return;
        expect(result.cautions.at(-1)?.id).toBe('generalRisks');
        expect(expectationList(result).slice(0, 2)).toEqual(['notACure', 'whenToSeekCare']);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
