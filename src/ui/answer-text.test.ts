import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableSteps } from '../flows/steps';
import { assess, type Answers } from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { baseAnswers } from '../rules/examples.testing';
import { describeAnswer, reviewPaths } from './answer-text';
import { en } from './i18n/en';
import { es } from './i18n/es';

const answers: Answers = {
  ...baseAnswers(),
  redFlags: ['nightPain'],
  treatments: { ...baseAnswers().treatments, injections: 'temporaryRelief' },
  priorProcedures: [
    { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
    { kind: 'kneeInjection', relief: 'none', lasted: 'underOneDay' },
  ],
  imaging: 'xrayOnly',
  history: ['bloodThinners', 'osteoporosis', 'glp1Agonist'],
  bloodThinnerKinds: ['doac', 'unsure'],
  steroidCoursesPast12Months: 3,
  mood: { phq2: [2, 1], gad2: [0, 3], selfHarmThoughts: true },
};

describe('answers in the patient words', () => {
  it.each<[string, string, string]>([
    ['priorProcedures:epidural', 'Epidural steroid injection', 'Helped 50–79%, for days to weeks'],
    ['priorProcedures:kneeInjection', 'A knee injection or knee nerve block', 'Did not help'],
    ['imaging', 'Latest X-ray or scan', 'X-rays only'],
    [
      'bloodThinnerKinds',
      'Blood thinner',
      `${en.steps.history.bloodThinnerKinds.options.doac}; I am not sure which`,
    ],
    ['bloodThinnerKinds:doac', 'Blood thinner', en.steps.history.bloodThinnerKinds.options.doac],
    ['history:glp1Agonist', 'Health', en.steps.history.history.options.glp1Agonist],
    ['history:osteoporosis', 'Health', 'I have thin, weak bones (osteoporosis)'],
    ['steroidCoursesPast12Months', 'Steroid tablet courses in the past 12 months', '3'],
    [
      'mood.phq2',
      'Interest and mood, past 2 weeks',
      'Little interest or pleasure in doing things: More than half the days; Feeling down, depressed, or hopeless: Several days',
    ],
    [
      'mood.gad2',
      'Nerves and worry, past 2 weeks',
      'Feeling nervous, anxious, or on edge: Not at all; Not being able to stop or control worrying: Nearly every day',
    ],
    ['mood.selfHarmThoughts', en.answerNames.mood.selfHarmThoughts, 'Yes'],
    ['redFlags:myelopathySigns', 'Warning signs', en.steps.redFlags.options.myelopathySigns],
  ])('%s in English', (path, name, value) => {
    expect(describeAnswer(en, answers, path)).toMatchObject({ name, value });
  });

  it('names the same paths in Spanish', () => {
    expect(describeAnswer(es, answers, 'priorProcedures:epidural')).toEqual({
      name: 'Inyección epidural de esteroides',
      value: 'Ayudó del 50 al 79\u00a0%, por días o semanas',
    });
    expect(describeAnswer(es, answers, 'mood.phq2').value).toBe(
      'Poco interés o placer en hacer cosas: Más de la mitad de los días; Se ha sentido decaído(a), deprimido(a) o sin esperanzas: Varios días',
    );
    expect(describeAnswer(es, answers, 'bloodThinnerKinds:unsure').value).toBe('No sé cuál');
  });

  it('the review lists each earlier procedure, each mood question, and the blood thinner kinds', () => {
    const paths = applicableSteps(answers).flatMap((step) => reviewPaths(step, answers));
    expect(paths).toEqual(
      expect.arrayContaining([
        'priorProcedures:epidural',
        'priorProcedures:kneeInjection',
        'imaging',
        'bloodThinnerKinds',
        'steroidInjectionsPast12Months',
        'steroidCoursesPast12Months',
        'mood.phq2.0',
        'mood.gad2.1',
        'mood.selfHarmThoughts',
      ]),
    );
    const without = { ...answers, history: [] };
    delete without.bloodThinnerKinds;
    expect(applicableSteps(without).flatMap((s) => reviewPaths(s, without))).not.toContain(
      'bloodThinnerKinds',
    );
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    'names every review line and every reason of any assessment, with a value (%s)',
    (_locale, t) => {
      fc.assert(
        fc.property(answersArbitrary(), (a) => {
          const paths = [
            ...applicableSteps(a).flatMap((step) => reviewPaths(step, a)),
            ...Object.values(assess(a))
              .filter(Array.isArray)
              .flat()
              .flatMap((item: { reasons?: { answer: string }[] }) =>
                (item.reasons ?? []).map((r) => r.answer),
              ),
          ];
          for (const path of paths) {
            const { name, value } = describeAnswer(t, a, path);
            expect(name, path).not.toBe(path);
            expect(value.trim(), path).not.toBe('');
            expect(value, path).not.toMatch(/undefined|\[object/);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
