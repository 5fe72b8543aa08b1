import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersSchema, treatmentKinds, type Answers } from './answers';
import { answersArbitrary } from './arbitraries.testing';
import { answersWith, baseAnswers } from './examples.testing';

type Malformed = [reason: string, answers: unknown, path: (string | number)[]];

const without = (key: keyof Answers) => {
  const answers: Record<string, unknown> = baseAnswers();
  delete answers[key];
  return answers;
};
const withField = (patch: Record<string, unknown>) => ({ ...baseAnswers(), ...patch });
const withBack = (patch: Record<string, unknown>) => ({
  ...baseAnswers(),
  back: { ...baseAnswers().back, ...patch },
});

describe('answersSchema refuses malformed answers', () => {
  const malformed: Malformed[] = [
    ['not an object', 'answers', []],
    ['null', null, []],
    ['an unknown top-level key', withField({ weight: 80 }), []],
    [
      'a __proto__ key',
      JSON.parse(
        JSON.stringify(baseAnswers()).replace('{', '{"__proto__":{"admin":true},'),
      ) as unknown,
      [],
    ],
    ['version 1 (ruleset 2026.1)', withField({ version: 1 }), ['version']],
    ['version 3', withField({ version: 3 }), ['version']],
    ['version as a string', withField({ version: '2' }), ['version']],
    ['age 17 (the flow stops before)', withField({ age: 17 }), ['age']],
    ['age 121', withField({ age: 121 }), ['age']],
    ['fractional age', withField({ age: 45.5 }), ['age']],
    ['age as a string', withField({ age: '45' }), ['age']],
    ['missing age', without('age'), ['age']],
    ['unknown red flag', withField({ redFlags: ['chestPain'] }), ['redFlags', 0]],
    ['repeated red flag', withField({ redFlags: ['nightPain', 'nightPain'] }), ['redFlags']],
    ['no location', withField({ locations: [], back: undefined }), ['locations']],
    ['unknown location', withField({ locations: ['lowerBack', 'elbow'] }), ['locations', 1]],
    ['repeated location', withField({ locations: ['lowerBack', 'lowerBack'] }), ['locations']],
    ['lower back chosen without back details', without('back'), ['back']],
    ['back details without lower back chosen', withField({ locations: ['other'] }), ['back']],
    [
      'neck details without neck chosen',
      withField({ neck: { armPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false } }),
      ['neck'],
    ],
    ['head chosen without head details', withField({ locations: ['lowerBack', 'head'] }), ['head']],
    ['unknown leg pain', withBack({ legPain: 'foot' }), ['back', 'legPain']],
    ['unknown key in back details', withBack({ side: 'left' }), ['back']],
    [
      'repeated back diagnosis',
      withBack({ diagnoses: ['sciatica', 'sciatica'] }),
      ['back', 'diagnoses'],
    ],
    [
      'neck diagnosis in back details',
      withBack({ diagnoses: ['pinchedNerve'] }),
      ['back', 'diagnoses', 0],
    ],
    ['prior surgery as a string', withBack({ priorSurgery: 'no' }), ['back', 'priorSurgery']],
    [
      'headache with no type',
      answersWith((a) => {
        a.locations = ['head'];
        delete a.back;
        a.head = { types: [], daysPerMonth: 3 };
      }),
      ['head', 'types'],
    ],
    [
      '32 headache days a month',
      answersWith((a) => {
        a.locations = ['head'];
        delete a.back;
        a.head = { types: ['migraine'], daysPerMonth: 32 };
      }),
      ['head', 'daysPerMonth'],
    ],
    [
      'unknown nerve cause',
      {
        ...answersWith((a) => {
          a.locations = ['nervePain'];
          delete a.back;
        }),
        nerve: { cause: 'lupus' },
      },
      ['nerve', 'cause'],
    ],
    ['unknown duration', withField({ duration: '2Years' }), ['duration']],
    ['pain 11', withField({ painAverage: 11, painWorst: 11 }), ['painAverage']],
    ['negative interference', withField({ interference: -1 }), ['interference']],
    ['worst pain below average', withField({ painAverage: 7, painWorst: 6 }), ['painWorst']],
    [
      'a treatment missing',
      withField({ treatments: { ...baseAnswers().treatments, surgery: undefined } }),
      ['treatments', 'surgery'],
    ],
    [
      'an unknown treatment',
      withField({ treatments: { ...baseAnswers().treatments, acupuncture: 'noRelief' } }),
      ['treatments'],
    ],
    [
      'an unknown outcome',
      withField({ treatments: { ...baseAnswers().treatments, opioids: 'someRelief' } }),
      ['treatments', 'opioids'],
    ],
    [
      '25 steroid injections',
      withField({ steroidInjectionsPast12Months: 25 }),
      ['steroidInjectionsPast12Months'],
    ],
    ['unknown history item', withField({ history: ['asthma'] }), ['history', 0]],
    ['repeated allergy', withField({ allergies: ['latex', 'latex'] }), ['allergies']],
    ['no goal', withField({ goals: [] }), ['goals']],
    ['unknown goal', withField({ goals: ['lessPain', 'fame'] }), ['goals', 1]],
    ['answers as an array', [baseAnswers()], []],
    // Version 2's own fields and cross-field rules (CLINICAL section 1).
    [
      'giant cell arteritis signs under 50',
      withField({ age: 49, redFlags: ['giantCellArteritisSigns'] }),
      ['redFlags'],
    ],
    [
      'earlier procedures without injections tried',
      withField({ priorProcedures: [{ kind: 'epidural', relief: 'none', lasted: 'underOneDay' }] }),
      ['priorProcedures'],
    ],
    [
      'injections tried without earlier procedures',
      withField({ treatments: { ...baseAnswers().treatments, injections: 'noRelief' } }),
      ['priorProcedures'],
    ],
    [
      'an empty list of earlier procedures',
      withField({
        treatments: { ...baseAnswers().treatments, injections: 'noRelief' },
        priorProcedures: [],
      }),
      ['priorProcedures'],
    ],
    [
      'the same kind of procedure twice',
      withField({
        treatments: { ...baseAnswers().treatments, injections: 'noRelief' },
        priorProcedures: [
          { kind: 'epidural', relief: 'none', lasted: 'underOneDay' },
          { kind: 'epidural', relief: '80plus', lasted: 'monthsOrMore' },
        ],
      }),
      ['priorProcedures'],
    ],
    [
      'an unknown relief',
      withField({
        treatments: { ...baseAnswers().treatments, injections: 'noRelief' },
        priorProcedures: [{ kind: 'epidural', relief: 'some', lasted: 'underOneDay' }],
      }),
      ['priorProcedures', 0, 'relief'],
    ],
    ['unknown imaging', withField({ imaging: 'pet' }), ['imaging']],
    ['missing imaging', without('imaging'), ['imaging']],
    [
      '25 steroid courses',
      withField({ steroidCoursesPast12Months: 25 }),
      ['steroidCoursesPast12Months'],
    ],
    [
      'blood thinners without their kind',
      withField({ history: ['bloodThinners'] }),
      ['bloodThinnerKinds'],
    ],
    [
      'blood thinner kinds without blood thinners',
      withField({ bloodThinnerKinds: ['warfarin'] }),
      ['bloodThinnerKinds'],
    ],
    [
      'an empty list of blood thinner kinds',
      withField({ history: ['bloodThinners'], bloodThinnerKinds: [] }),
      ['bloodThinnerKinds'],
    ],
    [
      'an unknown blood thinner',
      withField({ history: ['bloodThinners'], bloodThinnerKinds: ['fishOil'] }),
      ['bloodThinnerKinds', 0],
    ],
    ['missing mood', without('mood'), ['mood']],
    [
      'a PHQ-2 item of 4',
      withField({ mood: { phq2: [4, 0], gad2: [0, 0], selfHarmThoughts: false } }),
      ['mood', 'phq2', 0],
    ],
    [
      'a GAD-2 with three items',
      withField({ mood: { phq2: [0, 0], gad2: [0, 0, 0], selfHarmThoughts: false } }),
      ['mood', 'gad2'],
    ],
    [
      'self-harm thoughts as a string',
      withField({ mood: { phq2: [0, 0], gad2: [0, 0], selfHarmThoughts: 'no' } }),
      ['mood', 'selfHarmThoughts'],
    ],
  ];

  it.each(malformed)('refuses %s', (_reason, answers, path) => {
    const result = answersSchema.safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('answersSchema accepts valid answers', () => {
  it('accepts the base answers of the worked examples', () => {
    expect(answersSchema.parse(baseAnswers())).toEqual(baseAnswers());
  });

  it('accepts every generated valid answer unchanged', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        expect(answersSchema.parse(answers)).toEqual(answers);
      }),
      { numRuns: 1_000 },
    );
  });

  it('asks about every treatment kind', () => {
    expect(Object.keys(baseAnswers().treatments).sort()).toEqual([...treatmentKinds].sort());
  });
});
