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
    ['version 2', withField({ version: 2 }), ['version']],
    ['version as a string', withField({ version: '1' }), ['version']],
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
