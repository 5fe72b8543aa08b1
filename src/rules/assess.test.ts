import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import type { Answers } from './answers';
import type { Assessment, CautionId, ProcedureId, Verdict } from './assessment';
import { answersArbitrary, flaglessAnswers, nonEmergencyAnswers } from './arbitraries.testing';
import { answersWith, baseAnswers } from './examples.testing';

const back = (patch: Partial<NonNullable<Answers['back']>>) => (a: Answers) => {
  a.back = { ...a.back!, ...patch };
};

const summary = (assessment: Assessment) => ({
  verdict: assessment.verdict,
  procedures: assessment.procedures.map((p) => `${p.id}:${p.fit}`),
  cautions: assessment.cautions.map((c) => c.id).filter((id) => id !== 'generalRisks'),
});

describe('assess: the worked examples of CLINICAL section 4', () => {
  const examples: [number, Answers, Verdict, string[], CautionId[]][] = [
    [
      1,
      answersWith(back({ legPain: 'belowKnee', diagnoses: ['discHerniation'] })),
      'goodCandidate',
      ['epiduralSteroidInjection:strong'],
      [],
    ],
    [
      2,
      answersWith(back({ worseWith: ['bendingBackwardTwisting'] }), (a) => {
        a.treatments.injections = 'temporaryRelief';
      }),
      'goodCandidate',
      ['facetJointInjection:strong', 'radiofrequencyAblation:strong'],
      [],
    ],
    [
      3,
      answersWith((a) => {
        a.redFlags = ['saddleNumbness'];
      }),
      'emergency',
      [],
      [],
    ],
    [
      4,
      answersWith((a) => {
        a.painAverage = 2;
        a.interference = 2;
      }),
      'conservativeFirst',
      ['facetJointInjection:possible'],
      [],
    ],
    [
      5,
      answersWith(
        (a) => {
          a.history = ['bloodThinners', 'diabetes'];
        },
        back({ legPain: 'belowKnee' }),
      ),
      'goodCandidate',
      ['epiduralSteroidInjection:strong'],
      ['bloodThinners', 'diabetesSteroids'],
    ],
    [
      6,
      answersWith((a) => {
        a.locations = ['head'];
        a.head = { types: ['migraine'], daysPerMonth: 16 };
        delete a.back;
      }),
      'goodCandidate',
      ['nerveBlock:strong'],
      [],
    ],
    [
      7,
      answersWith(
        (a) => {
          a.redFlags = ['cancerHistory'];
        },
        back({ legPain: 'belowKnee' }),
      ),
      'urgent',
      ['epiduralSteroidInjection:strong'],
      [],
    ],
    [
      8,
      answersWith((a) => {
        for (const kind of Object.keys(a.treatments) as (keyof Answers['treatments'])[])
          a.treatments[kind] = 'notTried';
      }),
      'conservativeFirst',
      ['facetJointInjection:possible'],
      [],
    ],
  ];

  it.each(examples)('example %i', (_n, answers, verdict, procedures, cautions) => {
    expect(summary(assess(answers))).toEqual({ verdict, procedures, cautions });
  });

  it('example 3 (emergency) empties procedures, cautions and expectations, and names the flag', () => {
    const result = assess(examples[2]![1]);
    expect(result).toEqual({
      rulesetVersion: '2026.1',
      verdict: 'emergency',
      redFlags: [{ id: 'saddleNumbness', level: 'emergency' }],
      procedures: [],
      cautions: [],
      expectations: [],
    });
  });

  it('example 2 gives the reasons a clinician would read', () => {
    const result = assess(examples[1]![1]);
    expect(result.procedures[1]).toEqual({
      id: 'radiofrequencyAblation',
      fit: 'strong',
      reasons: [
        { answer: 'back.legPain', source: 'G1' },
        { answer: 'back.worseWith:bendingBackwardTwisting', source: 'G1' },
        { answer: 'duration', source: 'G1' },
        { answer: 'treatments.injections', source: 'G1' },
      ],
    });
    expect(result.expectations.map((e) => e.id)).toEqual([
      'notACure',
      'injectionTimeline',
      'ablationTimeline',
      'outpatient',
    ]);
  });
});

// Single rules, one table row each: the answers that differ from the base, and what must follow.
describe('assess: each rule', () => {
  const cases: [string, Answers, (r: Assessment) => unknown, unknown][] = [
    [
      'buttock or thigh pain: ESI possible',
      answersWith(back({ legPain: 'buttockOrThigh' })),
      procedures,
      ['epiduralSteroidInjection:possible'],
    ],
    [
      'stenosis worse standing: ESI possible besides facet possible',
      answersWith(back({ worseWith: ['standingWalking'], diagnoses: ['spinalStenosis'] })),
      procedures,
      ['epiduralSteroidInjection:possible', 'facetJointInjection:possible'],
    ],
    [
      'facet arthritis, chronic, no injection yet: RFA possible',
      answersWith(back({ diagnoses: ['facetArthritis'] })),
      procedures,
      ['facetJointInjection:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'facet pattern under 3 months: no RFA',
      answersWith(back({ diagnoses: ['facetArthritis'] }), (a) => {
        a.duration = '6WeeksTo3Months';
      }),
      procedures,
      ['facetJointInjection:strong'],
    ],
    [
      'degenerative disc with leg pain: facet possible',
      answersWith(back({ legPain: 'belowKnee', diagnoses: ['degenerativeDisc'] })),
      procedures,
      ['epiduralSteroidInjection:strong', 'facetJointInjection:possible'],
    ],
    [
      'neck arm pain below elbow: ESI strong',
      answersWith(neckOnly({ armPain: 'belowElbow' })),
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'neck turning pain: facet strong, RFA possible',
      answersWith(neckOnly({ worseWith: ['turningOrLookingUp'] })),
      procedures,
      ['facetJointInjection:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'neck shoulder pain with pinched nerve: ESI possible',
      answersWith(neckOnly({ armPain: 'shoulder', diagnoses: ['pinchedNerve'] })),
      procedures,
      ['epiduralSteroidInjection:possible'],
    ],
    [
      'knee osteoarthritis after a helpful injection: nerve block and RFA strong',
      answersWith(kneeOnly(['osteoarthritis']), (a) => {
        a.treatments.injections = 'temporaryRelief';
      }),
      procedures,
      ['nerveBlock:strong', 'radiofrequencyAblation:strong'],
    ],
    [
      'knee osteoarthritis: nerve block strong, RFA possible',
      answersWith(kneeOnly(['osteoarthritis'])),
      procedures,
      ['nerveBlock:strong', 'radiofrequencyAblation:possible'],
    ],
    [
      'knee bursitis: nerve block possible',
      answersWith(kneeOnly(['bursitis'])),
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'headache of another kind only: nerve block possible',
      answersWith(headOnly(['other'])),
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'back-of-head headache: nerve block strong',
      answersWith(headOnly(['backOfHead', 'other'])),
      procedures,
      ['nerveBlock:strong'],
    ],
    [
      'CRPS: nerve block strong',
      answersWith(nerveOnly('crps')),
      procedures,
      ['nerveBlock:strong', 'spinalCordStimulation:strong'],
    ],
    [
      'shingles nerve pain: nerve block possible',
      answersWith(nerveOnly('shingles')),
      procedures,
      ['nerveBlock:possible'],
    ],
    [
      'other location alone: nothing matches, specialist still evaluates',
      answersWith(otherOnly),
      (r) => [r.verdict, procedures(r)],
      ['possibleCandidate', []],
    ],
    [
      'failed back surgery with leg pain, long-standing: SCS strong',
      answersWith(back({ legPain: 'belowKnee', priorSurgery: true })),
      procedures,
      ['epiduralSteroidInjection:strong', 'spinalCordStimulation:strong'],
    ],
    [
      'radicular pain after failed injections, conservative care still helping: SCS possible only',
      answersWith(back({ legPain: 'belowKnee' }), (a) => {
        a.treatments.injections = 'noRelief';
        a.treatments.exercise = 'lastingRelief';
      }),
      procedures,
      ['epiduralSteroidInjection:strong', 'spinalCordStimulation:possible'],
    ],
    [
      'SCS needs long-standing pain',
      answersWith(back({ legPain: 'belowKnee', priorSurgery: true }), (a) => {
        a.duration = '3To6Months';
      }),
      procedures,
      ['epiduralSteroidInjection:strong'],
    ],
    [
      'lasting relief with average 4: conservative first',
      answersWith((a) => {
        a.painAverage = 4;
        a.interference = 7;
        a.treatments.physicalTherapy = 'lastingRelief';
      }),
      verdict,
      'conservativeFirst',
    ],
    [
      'lasting relief with average 5: not conservative first',
      answersWith(
        (a) => {
          a.painAverage = 5;
          a.treatments.physicalTherapy = 'lastingRelief';
        },
        back({ legPain: 'belowKnee' }),
      ),
      verdict,
      'possibleCandidate',
    ],
    [
      'under 6 weeks: conservative first',
      answersWith((a) => {
        a.duration = 'under6Weeks';
      }),
      verdict,
      'conservativeFirst',
    ],
    [
      'chronic but no strong procedure: possible candidate',
      baseAnswers(),
      verdict,
      'possibleCandidate',
    ],
    [
      '6 weeks to 3 months with a strong fit: possible candidate',
      answersWith(back({ legPain: 'belowKnee' }), (a) => {
        a.duration = '6WeeksTo3Months';
      }),
      verdict,
      'possibleCandidate',
    ],
    [
      'urgent flags sort in their own order',
      answersWith((a) => {
        a.redFlags = ['nightPain', 'feverChills'];
      }),
      (r) => r.redFlags,
      [
        { id: 'feverChills', level: 'urgent' },
        { id: 'nightPain', level: 'urgent' },
      ],
    ],
    [
      'every caution, most severe first',
      answersWith(back({ legPain: 'belowKnee', priorSurgery: true }), (a) => {
        a.history = [
          'immunosuppressed',
          'implantedDevice',
          'pregnant',
          'diabetes',
          'bleedingDisorder',
          'bloodThinners',
          'activeInfection',
        ];
        a.allergies = ['latex', 'contrastDye'];
        a.steroidInjectionsPast12Months = 3;
      }),
      (r) => r.cautions.map((c) => `${c.id}:${c.severity}`),
      [
        'activeInfection:important',
        'bloodThinners:important',
        'bleedingDisorder:important',
        'pregnancy:important',
        'implantedDevice:warning',
        'immunosuppressed:warning',
        'diabetesSteroids:warning',
        'allergy:warning',
        'steroidLimit:warning',
        'generalRisks:info',
      ],
    ],
    [
      'allergy names each allergy',
      answersWith((a) => {
        a.allergies = ['latex', 'contrastDye'];
      }),
      (r) => r.cautions.find((c) => c.id === 'allergy')?.reasons,
      [
        { answer: 'allergies:latex', source: 'G4' },
        { answer: 'allergies:contrastDye', source: 'G4' },
      ],
    ],
    [
      'implanted device without RFA or SCS: no caution',
      answersWith((a) => {
        a.history = ['implantedDevice'];
      }),
      cautionIds,
      ['generalRisks'],
    ],
    [
      'two steroid injections: no limit caution',
      answersWith(back({ legPain: 'belowKnee' }), (a) => {
        a.steroidInjectionsPast12Months = 2;
      }),
      cautionIds,
      ['generalRisks'],
    ],
    [
      'steroid limit needs a steroid procedure',
      answersWith(headOnly(['migraine']), (a) => {
        a.steroidInjectionsPast12Months = 5;
      }),
      cautionIds,
      ['generalRisks'],
    ],
    [
      'new neck pain at 50',
      answersWith(neckOnly({ armPain: 'none' }), (a) => {
        a.age = 50;
        a.duration = 'under6Weeks';
      }),
      (r) => r.cautions[0],
      {
        id: 'newPainOver50',
        severity: 'warning',
        reasons: [
          { answer: 'age', source: 'R1' },
          { answer: 'duration', source: 'R1' },
          { answer: 'locations:neck', source: 'R3' },
        ],
      },
    ],
    [
      'new back pain at 49: no over-50 caution',
      answersWith((a) => {
        a.age = 49;
        a.duration = 'under6Weeks';
      }),
      cautionIds,
      ['generalRisks'],
    ],
    [
      'pain-free goal is named by not-a-cure',
      answersWith((a) => {
        a.goals = ['painFree', 'lessPain'];
      }),
      (r) => r.expectations[0],
      {
        id: 'notACure',
        reasons: [
          { answer: 'goals', source: 'S0' },
          { answer: 'goals:painFree', source: 'S0' },
        ],
      },
    ],
    [
      'no procedure: only not-a-cure',
      answersWith(otherOnly),
      (r) => r.expectations.map((e) => e.id),
      ['notACure'],
    ],
    [
      'SCS brings the stimulation timeline',
      answersWith(nerveOnly('diabetes')),
      (r) => r.expectations.map((e) => e.id),
      ['notACure', 'injectionTimeline', 'stimulationTimeline', 'outpatient'],
    ],
  ];

  it.each(cases)('%s', (_name, answers, select, expected) => {
    expect(select(assess(answers))).toEqual(expected);
  });

  function procedures(r: Assessment) {
    return r.procedures.map((p) => `${p.id}:${p.fit}`);
  }
  function verdict(r: Assessment) {
    return r.verdict;
  }
  function cautionIds(r: Assessment) {
    return r.cautions.map((c) => c.id);
  }
  function neckOnly(patch: Partial<NonNullable<Answers['neck']>>) {
    return (a: Answers) => {
      delete a.back;
      a.locations = ['neck'];
      a.neck = { armPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false, ...patch };
    };
  }
  function kneeOnly(diagnoses: NonNullable<Answers['knee']>['diagnoses']) {
    return (a: Answers) => {
      delete a.back;
      a.locations = ['knee'];
      a.knee = { diagnoses, replacement: 'none' };
    };
  }
  function headOnly(types: NonNullable<Answers['head']>['types']) {
    return (a: Answers) => {
      delete a.back;
      a.locations = ['head'];
      a.head = { types, daysPerMonth: 8 };
    };
  }
  function nerveOnly(cause: NonNullable<Answers['nerve']>['cause']) {
    return (a: Answers) => {
      delete a.back;
      a.locations = ['nervePain'];
      a.nerve = { cause };
    };
  }
  function otherOnly(a: Answers) {
    delete a.back;
    a.locations = ['other'];
  }
});

const NUM_RUNS = 2_000;
const verdictRank: Partial<Record<Verdict, number>> = {
  conservativeFirst: 0,
  possibleCandidate: 1,
  goodCandidate: 2,
};

describe('assess: properties over generated answers', () => {
  it('any emergency flag gives emergency with procedures, cautions and expectations empty', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const result = assess(answers);
        const emergency = result.redFlags.some((f) => f.level === 'emergency');
        expect(result.verdict === 'emergency').toBe(emergency);
        if (emergency) {
          expect([result.procedures, result.cautions, result.expectations]).toEqual([[], [], []]);
        }
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
        const { procedures } = assess(answers);
        const sorted = [...procedures].sort(
          (x, y) =>
            Number(x.fit === 'possible') - Number(y.fit === 'possible') ||
            order.indexOf(x.id) - order.indexOf(y.id),
        );
        expect(procedures).toEqual(sorted);
        expect(new Set(procedures.map((p) => p.id)).size).toBe(procedures.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('urgent flags give urgent; otherwise the verdict is never urgent', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        expect(assess(answers).verdict === 'urgent').toBe(answers.redFlags.length > 0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('always lists general risks last and not-a-cure first for non-emergencies', () => {
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const { cautions, expectations } = assess(answers);
        expect(cautions.at(-1)?.id).toBe('generalRisks');
        expect(expectations[0]?.id).toBe('notACure');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
