import fc from 'fast-check';
import { createActor, fromPromise } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { baseAnswers } from '../rules/examples.testing';
import {
  questionnaireMachine,
  type IntakeReceipt,
  type IntakeRequest,
  type QuestionnaireEvent,
} from './questionnaire';
import { applicableSteps, stepIds, type StepId } from './steps';

/** The values one step's form would send for these answers. */
function valuesFor(step: StepId, answers: Answers): Record<string, unknown> {
  const { fields } = applicableSteps(answers).find((s) => s.id === step) ?? { fields: [] };
  return Object.fromEntries(fields.map((field) => [field, answers[field]]));
}

function start(
  submit: (request: IntakeRequest) => Promise<IntakeReceipt> = () =>
    Promise.resolve({ reference: 'K7M-4Q2', verdict: 'goodCandidate' }),
) {
  const machine = questionnaireMachine.provide({
    actors: { submitIntake: fromPromise(({ input }: { input: IntakeRequest }) => submit(input)) },
  });
  return createActor(machine).start();
}

type Actor = ReturnType<typeof start>;

/** Answers every step that applies, in order, as a patient would. */
function answerAll(actor: Actor, answers: Answers): StepId[] {
  const visited: StepId[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const step = actor.getSnapshot().value as StepId | 'review';
    if (step === 'review') break;
    visited.push(step);
    actor.send({ type: 'NEXT', values: valuesFor(step, answers) });
  }
  return visited;
}

describe('questionnaire: the order of CLINICAL section 5', () => {
  it('asks age first, red flags second, then locations, details, and the rest, then review', () => {
    // Arrange
    const actor = start();
    const answers: Answers = {
      ...baseAnswers(),
      locations: ['lowerBack', 'knee'],
      knee: { diagnoses: ['osteoarthritis'], replacement: 'none' },
    };
    // Act
    const visited = answerAll(actor, answers);
    // Assert
    expect(visited).toEqual([
      'age',
      'redFlags',
      'locations',
      'back',
      'knee',
      'duration',
      'pain',
      'treatments',
      'history',
      'goals',
    ]);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft).toEqual(
      Object.fromEntries(Object.entries(answers).filter(([key]) => key !== 'version')),
    );
  });

  it('asks only the details of the chosen locations, for any answers', () => {
    fc.assert(
      fc.property(answersArbitrary({ redFlags: fc.constant([]) }), (answers) => {
        const actor = start();
        const visited = answerAll(actor, answers);
        expect(visited).toEqual(applicableSteps(answers).map((s) => s.id));
        actor.send({ type: 'CONFIRM' });
        expect(actor.getSnapshot().value).toBe('result');
        actor.stop();
      }),
      { numRuns: 300 },
    );
  });
});

describe('questionnaire: stops', () => {
  it('stops kindly under 18 before any other question', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 16 } });
    expect(actor.getSnapshot().value).toBe('under18');
    expect(actor.getSnapshot().context.draft).toEqual({});
    actor.send({ type: 'NEXT', values: { redFlags: [] } });
    expect(actor.getSnapshot().value).toBe('under18');
  });

  it.each([
    'bladderBowelChange',
    'saddleNumbness',
    'progressiveWeakness',
    'seriousInjury',
    'thunderclapHeadache',
    'headacheNeuroSymptoms',
  ])('interrupts at once on the emergency flag %s and asks nothing more', (flag) => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['nightPain', flag] } });
    expect(actor.getSnapshot().value).toBe('emergency');
    for (const event of [
      { type: 'NEXT', values: { locations: ['neck'] } },
      { type: 'CONFIRM' },
      { type: 'REQUEST' },
      { type: 'BACK' },
    ] as QuestionnaireEvent[]) {
      actor.send(event);
      expect(actor.getSnapshot().value).toBe('emergency');
    }
  });

  it('goes on after urgent-level flags only', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['cancerHistory', 'feverChills'] } });
    expect(actor.getSnapshot().value).toBe('locations');
  });

  it('start over clears every answer from any screen', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['saddleNumbness'] } });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('age');
    expect(actor.getSnapshot().context.draft).toEqual({});
  });
});

describe('questionnaire: validation', () => {
  const invalid: [StepId, unknown][] = [
    ['age', { age: 0 }],
    ['age', { age: 45.5 }],
    ['age', { age: '45' }],
    ['age', {}],
    ['redFlags', { redFlags: ['unknown'] }],
    ['locations', { locations: [] }],
  ];
  it.each(invalid)('stays on %s when its values are invalid: %j', (step, values) => {
    const actor = start();
    const answers = baseAnswers();
    for (const id of stepIds.slice(0, stepIds.indexOf(step))) {
      actor.send({ type: 'NEXT', values: valuesFor(id, answers) });
    }
    expect(actor.getSnapshot().value).toBe(step);
    actor.send({ type: 'NEXT', values });
    expect(actor.getSnapshot().value).toBe(step);
  });

  it('refuses worst pain below average pain', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'pain' });
    actor.send({ type: 'NEXT', values: { painAverage: 7, painWorst: 5, interference: 5 } });
    expect(actor.getSnapshot().value).toBe('pain');
  });

  it('refuses values of another step', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 50, redFlags: [] } });
    expect(actor.getSnapshot().value).toBe('age');
  });
});

describe('questionnaire: back, change and return', () => {
  it('back and next keep every answer', () => {
    const actor = start();
    const answers = baseAnswers();
    answerAll(actor, answers);
    for (const expected of [
      'goals',
      'history',
      'treatments',
      'pain',
      'duration',
      'back',
      'locations',
      'redFlags',
      'age',
    ]) {
      actor.send({ type: 'BACK' });
      expect(actor.getSnapshot().value).toBe(expected);
    }
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('age');
    expect(actor.getSnapshot().context.draft.painAverage).toBe(6);
    expect(answerAll(actor, answers)).toEqual([
      'age',
      'redFlags',
      'locations',
      'back',
      'duration',
      'pain',
      'treatments',
      'history',
      'goals',
    ]);
  });

  it('leaving a location removes its details', () => {
    const actor = start();
    answerAll(actor, {
      ...baseAnswers(),
      locations: ['lowerBack', 'head'],
      head: { types: ['migraine'], daysPerMonth: 4 },
    });
    actor.send({ type: 'EDIT', step: 'locations' });
    actor.send({ type: 'NEXT', values: { locations: ['head'] } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft.back).toBeUndefined();
    expect(actor.getSnapshot().context.draft.head).toEqual({
      types: ['migraine'],
      daysPerMonth: 4,
    });
  });

  it('change on review jumps to the step and returns to review', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'duration' });
    expect(actor.getSnapshot().value).toBe('duration');
    actor.send({ type: 'NEXT', values: { duration: 'over1Year' } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft.duration).toBe('over1Year');
  });

  it('adding a location from review asks its details, then returns to review', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'locations' });
    actor.send({ type: 'NEXT', values: { locations: ['lowerBack', 'nervePain'] } });
    expect(actor.getSnapshot().value).toBe('nerve');
    actor.send({ type: 'NEXT', values: { nerve: { cause: 'diabetes' } } });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('cannot change a step that does not apply', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'knee' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('choosing an emergency flag from review still interrupts', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'redFlags' });
    actor.send({ type: 'NEXT', values: { redFlags: ['progressiveWeakness'] } });
    expect(actor.getSnapshot().value).toBe('emergency');
  });
});

describe('questionnaire: the consultation request', () => {
  it('submits the complete answers with the contact and locale, and keeps the receipt', async () => {
    const requests: IntakeRequest[] = [];
    const actor = start((request) => {
      requests.push(request);
      return Promise.resolve({ reference: 'K7M-4Q2', verdict: 'goodCandidate' });
    });
    answerAll(actor, baseAnswers());
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'REQUEST' });
    actor.send({ type: 'SUBMIT', contact: { firstName: 'Ana' }, locale: 'es' });
    expect(actor.getSnapshot().value).toBe('submitting');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actor.getSnapshot().value).toBe('submitted');
    expect(actor.getSnapshot().context.receipt).toEqual({
      reference: 'K7M-4Q2',
      verdict: 'goodCandidate',
    });
    expect(requests).toEqual([
      { answers: baseAnswers(), contact: { firstName: 'Ana' }, locale: 'es' },
    ]);
  });

  it('returns to the request with the error and every answer kept when sending fails', async () => {
    const actor = start(() => Promise.reject(new Error('offline')));
    answerAll(actor, baseAnswers());
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'REQUEST' });
    actor.send({ type: 'SUBMIT', contact: {}, locale: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actor.getSnapshot().value).toBe('request');
    expect(actor.getSnapshot().context.submitError).toEqual(new Error('offline'));
    expect(actor.getSnapshot().context.draft).toEqual(
      Object.fromEntries(Object.entries(baseAnswers()).filter(([key]) => key !== 'version')),
    );
  });
});

describe('questionnaire: model-based', () => {
  const everywhere: Answers = {
    ...baseAnswers(),
    locations: ['lowerBack', 'neck', 'knee', 'head', 'nervePain'],
    neck: { armPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false },
    knee: { diagnoses: ['bursitis'], replacement: 'none' },
    head: { types: ['other'], daysPerMonth: 2 },
    nerve: { cause: 'unknown' },
  };
  const eventsFor = (value: string): QuestionnaireEvent[] => {
    const events: QuestionnaireEvent[] = [{ type: 'BACK' }, { type: 'RESTART' }];
    if (value === 'age')
      events.push({ type: 'NEXT', values: { age: 45 } }, { type: 'NEXT', values: { age: 12 } });
    else if (value === 'redFlags') {
      events.push(
        { type: 'NEXT', values: { redFlags: [] } },
        { type: 'NEXT', values: { redFlags: ['saddleNumbness'] } },
      );
    } else if (value === 'locations') {
      events.push({ type: 'NEXT', values: { locations: everywhere.locations } });
    } else if ((stepIds as string[]).includes(value)) {
      events.push({ type: 'NEXT', values: valuesFor(value as StepId, everywhere) });
    } else if (value === 'review') {
      events.push({ type: 'CONFIRM' }, { type: 'EDIT', step: 'knee' });
    } else if (value === 'result') events.push({ type: 'REQUEST' });
    else if (value === 'request') events.push({ type: 'SUBMIT', contact: {}, locale: 'en' });
    return events;
  };
  // createTestModel refuses machines that invoke actors, so the paths come from getShortestPaths
  // over the machine with a submission that never settles.
  const machine = questionnaireMachine.provide({
    actors: { submitIntake: fromPromise(() => new Promise<IntakeReceipt>(() => undefined)) },
  });
  const paths = getShortestPaths(machine, {
    events: (snapshot) => eventsFor(snapshot.value),
    serializeState: (snapshot) => `${JSON.stringify(snapshot.value)}|${snapshot.context.returning}`,
  });

  it('reaches every screen by some path', () => {
    const reached = new Set(paths.map((path) => path.state.value));
    const screens = [
      ...stepIds,
      'review',
      'result',
      'request',
      'submitting',
      'under18',
      'emergency',
    ];
    expect([...reached].sort()).toEqual(screens.sort());
  });

  it('replays every shortest path on a live actor to the same screen', () => {
    for (const path of paths) {
      const actor = start(() => new Promise(() => undefined));
      for (const step of path.steps) actor.send(step.event);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });
});
