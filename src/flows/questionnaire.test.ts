import fc from 'fast-check';
import { createActor, fromPromise } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { emergencyRedFlags, infectionRisk, urgentRedFlags, type Answers } from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { baseAnswers } from '../rules/examples.testing';
import {
  emergencyStep,
  questionnaireMachine,
  screenIds,
  visitTarget,
  type IntakeReceipt,
  type IntakeRequest,
  type QuestionnaireEvent,
} from './questionnaire';
import {
  applicableSteps,
  askedFields,
  mergeStep,
  progress,
  sections,
  stepIds,
  type Draft,
  type StepId,
} from './steps';

/** The values one step's form would send for these answers (the fields it asks for them). */
function valuesFor(step: StepId, answers: Answers): Record<string, unknown> {
  const found = applicableSteps(answers).find((s) => s.id === step);
  const fields = found ? askedFields(found, answers) : [];
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

type Screen = ReturnType<Actor['getSnapshot']>['value'];

/** Answers every step that applies, in order, as a patient would (going on past an urgent notice). */
function answerAll(actor: Actor, answers: Answers): Screen[] {
  const visited: Screen[] = [];
  for (let guard = 0; guard < 30; guard++) {
    const screen = actor.getSnapshot().value;
    if (screen === 'review' || screen === 'emergency') break;
    visited.push(screen);
    if (screen === 'urgentNotice') actor.send({ type: 'CONTINUE' });
    else actor.send({ type: 'NEXT', values: valuesFor(screen as StepId, answers) });
  }
  return visited;
}

const { version: _version, ...baseDraft } = baseAnswers();
const draftOf = (answers: Answers) =>
  Object.fromEntries(Object.entries(answers).filter(([key]) => key !== 'version'));

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
      'imaging',
      'history',
      'allergies',
      'mood',
      'goals',
    ]);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft).toEqual(draftOf(answers));
  });

  it('asks only the details of the chosen locations, for any answers', () => {
    fc.assert(
      fc.property(answersArbitrary({ redFlags: fc.constant([]) }), (answers) => {
        fc.pre(!infectionRisk(answers));
        const actor = start();
        const visited = answerAll(actor, answers);
        expect(visited).toEqual(applicableSteps(answers).map((s) => s.id));
        expect(actor.getSnapshot().context.draft).toEqual(draftOf(answers));
        actor.send({ type: 'CONFIRM' });
        expect(actor.getSnapshot().value).toBe('result');
        actor.stop();
      }),
      { numRuns: 120 },
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

  it.each(emergencyRedFlags)(
    'interrupts at once on the emergency flag %s and asks nothing more',
    (flag) => {
      const actor = start();
      actor.send({ type: 'NEXT', values: { age: 60 } });
      actor.send({ type: 'NEXT', values: { redFlags: ['nightPain', flag] } });
      expect(actor.getSnapshot().value).toBe('emergency');
      for (const event of [
        { type: 'NEXT', values: { locations: ['neck'] } },
        { type: 'CONFIRM' },
        { type: 'REQUEST' },
      ] as QuestionnaireEvent[]) {
        actor.send(event);
        expect(actor.getSnapshot().value).toBe('emergency');
      }
      // Ticked by mistake: Back returns to the warning signs with the answers kept.
      actor.send({ type: 'BACK' });
      expect(actor.getSnapshot().value).toBe('redFlags');
      expect(actor.getSnapshot().context.draft.redFlags).toEqual(['nightPain', flag]);
      actor.send({ type: 'NEXT', values: { redFlags: [] } });
      expect(actor.getSnapshot().value).toBe('locations');
    },
  );

  it.each(urgentRedFlags)(
    'shows the urgent notice at once after the urgent flag %s, then goes on',
    (flag) => {
      const actor = start();
      actor.send({ type: 'NEXT', values: { age: 60 } });
      actor.send({ type: 'NEXT', values: { redFlags: [flag] } });
      expect(actor.getSnapshot().value).toBe('urgentNotice');
      expect(actor.getSnapshot().context.draft.redFlags).toEqual([flag]);
      actor.send({ type: 'NEXT', values: { locations: ['neck'] } });
      expect(actor.getSnapshot().value).toBe('urgentNotice');
      actor.send({ type: 'CONTINUE' });
      expect(actor.getSnapshot().value).toBe('locations');
    },
  );

  it('goes straight on without the notice when no sign applies', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: [] } });
    expect(actor.getSnapshot().value).toBe('locations');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('locations');
  });

  it('back from the urgent notice returns to the warning signs with them kept', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['nightPain'] } });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('redFlags');
    expect(actor.getSnapshot().context.draft.redFlags).toEqual(['nightPain']);
  });

  it('an urgent flag chosen from review shows the notice, then returns to review', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'redFlags' });
    actor.send({ type: 'NEXT', values: { redFlags: ['myelopathySigns'] } });
    expect(actor.getSnapshot().value).toBe('urgentNotice');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('fever, then a weak immune system with back pain at the history step: emergency there', () => {
    const actor = start();
    const answers: Answers = { ...baseAnswers(), redFlags: ['feverChills'] };
    const visited = answerAll(actor, { ...answers, history: ['immunosuppressed', 'diabetes'] });
    expect(visited.at(-1)).toBe('history');
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(actor.getSnapshot().context.draft.history).toEqual(['immunosuppressed', 'diabetes']);
    for (const event of [
      { type: 'NEXT', values: { allergies: [] } },
      { type: 'CONFIRM' },
    ] as QuestionnaireEvent[]) {
      actor.send(event);
      expect(actor.getSnapshot().value).toBe('emergency');
    }
    // Back returns to the health step, where the answer was given, not to the warning signs.
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('history');
    expect(actor.getSnapshot().context.draft.history).toEqual(['immunosuppressed', 'diabetes']);
  });

  it.each<[string, Partial<Answers>]>([
    ['no fever', { redFlags: [] }],
    [
      'no back or neck pain',
      { locations: ['knee'], back: undefined, knee: { diagnoses: [], replacement: 'none' } },
    ],
  ])('a weak immune system alone with %s goes on', (_why, differs) => {
    const actor = start();
    const answers = { ...baseAnswers(), ...differs, history: ['immunosuppressed'] } as Answers;
    if (answers.back === undefined) delete answers.back;
    answerAll(actor, answers);
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('neck pain counts like back pain for the infection risk', () => {
    const actor = start();
    answerAll(actor, {
      ...baseAnswers(),
      redFlags: ['feverChills'],
      locations: ['neck'],
      back: undefined,
      neck: { armPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false },
      history: ['immunosuppressed'],
    });
    expect(actor.getSnapshot().value).toBe('emergency');
  });

  it('adding fever from review when the immune system is weak and the back hurts: emergency', () => {
    const actor = start();
    answerAll(actor, { ...baseAnswers(), history: ['immunosuppressed'] });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'EDIT', step: 'redFlags' });
    actor.send({ type: 'NEXT', values: { redFlags: ['feverChills'] } });
    expect(actor.getSnapshot().value).toBe('emergency');
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
      'mood',
      'allergies',
      'history',
      'imaging',
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
      'imaging',
      'history',
      'allergies',
      'mood',
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

describe('questionnaire: earlier procedures, blood thinners, giant cell arteritis', () => {
  const injected: Answers = {
    ...baseAnswers(),
    treatments: { ...baseAnswers().treatments, injections: 'noRelief' },
    priorProcedures: [{ kind: 'epidural', relief: 'under50', lasted: 'daysToWeeks' }],
  };

  it('asks the earlier procedures right after treatments, only when injections were tried', () => {
    const actor = start();
    expect(answerAll(actor, injected)).toContain('priorProcedures');
    expect(actor.getSnapshot().context.draft.priorProcedures).toEqual(injected.priorProcedures);
    const other = start();
    expect(answerAll(other, baseAnswers())).not.toContain('priorProcedures');
  });

  it('treatments lead to the earlier procedures, and back from imaging returns there', () => {
    const actor = start();
    answerAll(actor, injected);
    actor.send({ type: 'EDIT', step: 'imaging' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('priorProcedures');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('treatments');
  });

  it('refuses an empty list, a repeated kind, or a procedure without its relief', () => {
    const actor = start();
    answerAll(actor, injected);
    actor.send({ type: 'EDIT', step: 'priorProcedures' });
    for (const priorProcedures of [
      [],
      [
        { kind: 'epidural', relief: 'none', lasted: 'underOneDay' },
        { kind: 'epidural', relief: '80plus', lasted: 'monthsOrMore' },
      ],
      [{ kind: 'epidural', lasted: 'underOneDay' }],
      [{ kind: 'acupuncture', relief: 'none', lasted: 'underOneDay' }],
    ]) {
      actor.send({ type: 'NEXT', values: { priorProcedures } });
      expect(actor.getSnapshot().value).toBe('priorProcedures');
    }
  });

  it('injections changed to "not tried" drop the earlier procedures; tried again asks them again', () => {
    const actor = start();
    answerAll(actor, injected);
    actor.send({ type: 'EDIT', step: 'treatments' });
    actor.send({ type: 'NEXT', values: { treatments: baseAnswers().treatments } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft).not.toHaveProperty('priorProcedures');
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'EDIT', step: 'treatments' });
    actor.send({ type: 'NEXT', values: { treatments: injected.treatments } });
    expect(actor.getSnapshot().value).toBe('priorProcedures');
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('priorProcedures');
    actor.send({ type: 'NEXT', values: { priorProcedures: injected.priorProcedures } });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('blood thinners need their kinds, and the kinds need blood thinners', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'history' });
    actor.send({ type: 'NEXT', values: { history: ['bloodThinners'] } });
    expect(actor.getSnapshot().value).toBe('history');
    actor.send({ type: 'NEXT', values: { history: [], bloodThinnerKinds: ['aspirin'] } });
    expect(actor.getSnapshot().value).toBe('history');
    actor.send({ type: 'NEXT', values: { history: ['bloodThinners'], bloodThinnerKinds: [] } });
    expect(actor.getSnapshot().value).toBe('history');
    actor.send({
      type: 'NEXT',
      values: { history: ['bloodThinners', 'diabetes'], bloodThinnerKinds: ['aspirin', 'unsure'] },
    });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft.bloodThinnerKinds).toEqual(['aspirin', 'unsure']);
    actor.send({ type: 'EDIT', step: 'history' });
    actor.send({ type: 'NEXT', values: { history: ['diabetes'] } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft).not.toHaveProperty('bloodThinnerKinds');
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('mergeStep drops the kinds of blood thinner when blood thinners are unticked elsewhere', () => {
    const draft = mergeStep(
      { ...baseDraft, history: ['bloodThinners'], bloodThinnerKinds: ['doac'] },
      { history: [] },
    );
    expect(draft).not.toHaveProperty('bloodThinnerKinds');
  });

  it.each([
    [49, false],
    [50, true],
  ])('at age %i the giant cell arteritis sign is kept: %s', (age, kept) => {
    const draft = mergeStep({ age }, { redFlags: ['giantCellArteritisSigns', 'nightPain'] });
    expect(draft.redFlags?.includes('giantCellArteritisSigns')).toBe(kept);
    expect(draft.redFlags).toContain('nightPain');
  });

  it('the sign below 50 is not an emergency: it is dropped and the flow goes on', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 49 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['giantCellArteritisSigns'] } });
    expect(actor.getSnapshot().value).toBe('locations');
    expect(actor.getSnapshot().context.draft.redFlags).toEqual([]);
  });

  it('at 50 the sign is an emergency', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 50 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['giantCellArteritisSigns'] } });
    expect(actor.getSnapshot().value).toBe('emergency');
  });

  it('age changed below 50 drops the sign from the answers', () => {
    const draft = mergeStep(
      { ...baseDraft, age: 72, redFlags: ['giantCellArteritisSigns'] },
      { age: 45 },
    );
    expect(draft.redFlags).toEqual([]);
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

/** The answers of the applicable steps before `step`, as a patient who reached it has them. */
function answeredBefore(answers: Answers, step: StepId | 'review'): Draft {
  const draft: Draft = {};
  for (const s of applicableSteps(answers)) {
    if (s.id === step) break;
    for (const field of askedFields(s, answers)) Object.assign(draft, { [field]: answers[field] });
  }
  return draft;
}

describe('questionnaire: the browser history (VISIT)', () => {
  it('Back and Forward through history keep every answer, then Next goes on as before', () => {
    const actor = start();
    const answers = baseAnswers();
    answerAll(actor, answers);
    const draft = actor.getSnapshot().context.draft;
    for (const step of ['mood', 'pain', 'age', 'imaging', 'goals'] as const) {
      actor.send({ type: 'VISIT', screen: step });
      expect(actor.getSnapshot().value).toBe(step);
      expect(actor.getSnapshot().context.draft).toEqual(draft);
    }
    actor.send({ type: 'VISIT', screen: 'review' });
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'VISIT', screen: 'pain' });
    actor.send({ type: 'VISIT', screen: 'result' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('a step not yet reachable lands on the first unanswered step, for any answers and any screen', () => {
    fc.assert(
      fc.property(
        answersArbitrary({ redFlags: fc.constant([]) }),
        fc.constantFrom(...stepIds, 'review' as const),
        fc.constantFrom(...screenIds),
        (answers, reached, wanted) => {
          fc.pre(!infectionRisk(answers));
          const ids = applicableSteps(answers).map((s) => s.id);
          fc.pre(reached === 'review' || ids.includes(reached));
          const draft = answeredBefore(answers, reached);
          const target = visitTarget(wanted, draft);
          // Never past where the answers go: the wanted step if it is reached, else the first
          // unanswered one; never a result or a request before review.
          const order: string[] = [...ids, 'review'];
          if (order.includes(target)) {
            expect(order.indexOf(target)).toBeLessThanOrEqual(order.indexOf(reached));
          }
          if (order.includes(wanted)) {
            const isReached = order.indexOf(wanted) <= order.indexOf(reached);
            expect(target).toBe(isReached ? wanted : reached);
          }
          if (reached !== 'review') {
            expect(['result', 'request', 'submitted', 'submitting']).not.toContain(target);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('from review every screen is reachable but the sending ones, which show the result', () => {
    const { version: _, ...draft } = baseAnswers();
    expect(visitTarget('result', draft)).toBe('result');
    expect(visitTarget('request', draft)).toBe('request');
    expect(visitTarget('submitting', draft)).toBe('result');
    expect(visitTarget('submitted', draft)).toBe('result');
    expect(visitTarget('urgentNotice', draft)).toBe('locations');
    expect(visitTarget('emergency', draft)).toBe('review');
    expect(visitTarget('under18', draft)).toBe('age');
  });

  it('while an emergency stands, nothing past its step is shown: Back undoes a tick by mistake', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['saddleNumbness'] } });
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(emergencyStep(actor.getSnapshot().context.draft)).toBe('redFlags');
    actor.send({ type: 'VISIT', screen: 'locations' });
    expect(actor.getSnapshot().value).toBe('emergency');
    actor.send({ type: 'VISIT', screen: 'redFlags' });
    expect(actor.getSnapshot().value).toBe('redFlags');
    actor.send({ type: 'VISIT', screen: 'emergency' });
    expect(actor.getSnapshot().value).toBe('emergency');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'NEXT', values: { redFlags: [] } });
    expect(actor.getSnapshot().value).toBe('locations');
  });

  it('the infection risk learnt at the history step holds everything after it', () => {
    const draft: Draft = {
      ...answeredBefore(baseAnswers(), 'allergies'),
      redFlags: ['feverChills'],
      history: ['immunosuppressed'],
    };
    expect(emergencyStep(draft)).toBe('history');
    expect(visitTarget('pain', draft)).toBe('pain');
    expect(visitTarget('history', draft)).toBe('history');
    expect(visitTarget('allergies', draft)).toBe('emergency');
    expect(visitTarget('review', draft)).toBe('emergency');
  });

  it('the urgent notice is shown again only while an urgent sign stands', () => {
    const actor = start();
    actor.send({ type: 'NEXT', values: { age: 60 } });
    actor.send({ type: 'NEXT', values: { redFlags: ['nightPain'] } });
    expect(actor.getSnapshot().value).toBe('urgentNotice');
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'VISIT', screen: 'urgentNotice' });
    expect(actor.getSnapshot().value).toBe('urgentNotice');
    actor.send({ type: 'VISIT', screen: 'redFlags' });
    actor.send({ type: 'NEXT', values: { redFlags: [] } });
    actor.send({ type: 'VISIT', screen: 'urgentNotice' });
    expect(actor.getSnapshot().value).toBe('locations');
  });

  it('ignores history while a request is sent and after, so nothing is sent twice', async () => {
    let finish: (receipt: IntakeReceipt) => void = () => undefined;
    const actor = start(() => new Promise((resolve) => (finish = resolve)));
    answerAll(actor, baseAnswers());
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'REQUEST' });
    actor.send({ type: 'SUBMIT', contact: {}, locale: 'en' });
    actor.send({ type: 'VISIT', screen: 'result' });
    expect(actor.getSnapshot().value).toBe('submitting');
    finish({ reference: 'K7M-4Q2', verdict: 'goodCandidate' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    actor.send({ type: 'VISIT', screen: 'request' });
    expect(actor.getSnapshot().value).toBe('submitted');
  });

  it('a visit from "change" on review ends the return: Next then goes on in order', () => {
    const actor = start();
    answerAll(actor, baseAnswers());
    actor.send({ type: 'EDIT', step: 'pain' });
    expect(actor.getSnapshot().context.returning).toBe(true);
    actor.send({ type: 'VISIT', screen: 'duration' });
    expect(actor.getSnapshot().context.returning).toBe(false);
    actor.send({ type: 'NEXT', values: { duration: baseAnswers().duration } });
    expect(actor.getSnapshot().value).toBe('pain');
  });
});

describe('progress: five parts that never change in number', () => {
  it('every step and review belongs to exactly one part, in the order of the steps', () => {
    const flat = sections.flatMap((s) => [...s.steps]);
    expect(flat).toEqual([...stepIds, 'review']);
  });

  it('for any answers, the part never goes back and the bar never moves back along the path', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const path = [...applicableSteps(answers).map((s) => s.id), 'review' as const];
        const shown = path.map((step) => progress(step, answeredBefore(answers, step)));
        expect(new Set(shown.map((p) => p.of))).toEqual(new Set([5]));
        for (let i = 1; i < shown.length; i++) {
          expect(shown[i]!.section).toBeGreaterThanOrEqual(shown[i - 1]!.section);
          expect(shown[i]!.done).toBeGreaterThan(shown[i - 1]!.done);
        }
        expect(shown[0]).toMatchObject({ section: 1, done: 0 });
        expect(shown.at(-1)).toMatchObject({ section: 5 });
      }),
      { numRuns: 200 },
    );
  });
});

describe('questionnaire: model-based', () => {
  const everywhere: Answers = {
    ...baseAnswers(),
    treatments: { ...baseAnswers().treatments, injections: 'temporaryRelief' },
    priorProcedures: [{ kind: 'epidural', relief: '80plus', lasted: 'monthsOrMore' }],
    history: ['bloodThinners'],
    bloodThinnerKinds: ['doac'],
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
        { type: 'NEXT', values: { redFlags: ['nightPain'] } },
      );
    } else if (value === 'urgentNotice') {
      events.push({ type: 'CONTINUE' });
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
      'urgentNotice',
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
