import { assign, fromPromise, setup } from 'xstate';
import { answersSchema, type Answers } from '../rules';
import {
  applicableSteps,
  isEmergency,
  mergeStep,
  nextStep,
  previousStep,
  reachableStep,
  stepById,
  stepIds,
  steps,
  urgentFlagsIn,
  type Draft,
  type StepId,
} from './steps';

// The questionnaire: one machine that owns the current step and the answers gathered so far.
// Each step's form sends NEXT with its own values; the machine checks them against the step's
// schema and moves on. The consultation request is sent by the `submitIntake` actor, which the
// app provides (`questionnaireMachine.provide({ actors: { submitIntake } })`).

export type Locale = 'en' | 'es';

export interface IntakeRequest {
  answers: Answers;
  contact: unknown;
  locale: Locale;
}
export interface IntakeReceipt {
  reference: string;
  verdict: string;
}

export interface QuestionnaireContext {
  draft: Draft;
  /** Set when the patient chose "change" on the review page: NEXT then returns to review. */
  returning: boolean;
  /** The contact details last sent, kept so a failed request can be sent again unchanged. */
  contact: unknown;
  receipt: IntakeReceipt | null;
  submitError: unknown;
  /** The step whose answers made an emergency: BACK from the emergency screen returns there. */
  emergencyFrom: StepId | null;
}

export type QuestionnaireEvent =
  | { type: 'NEXT'; values: unknown }
  | { type: 'BACK' }
  | { type: 'EDIT'; step: StepId }
  /** On the urgent notice: the patient read it and goes on. */
  | { type: 'CONTINUE' }
  | { type: 'CONFIRM' }
  | { type: 'REQUEST' }
  | { type: 'SUBMIT'; contact: unknown; locale: Locale }
  | { type: 'RESTART' }
  /** Show this screen (the browser's Back and Forward, a reload or a link); see `visitTarget`. */
  | { type: 'VISIT'; screen: ScreenId };

export const screenIds = [
  ...stepIds,
  'urgentNotice',
  'review',
  'result',
  'request',
  'submitting',
  'submitted',
  'under18',
  'emergency',
] as const;
export type ScreenId = (typeof screenIds)[number];

const isStepId = (screen: ScreenId): screen is StepId =>
  (stepIds as readonly string[]).includes(screen);

/**
 * The first step whose answers, with those before it, call for emergency care: the one the
 * emergency screen interrupted (the warning signs, or the last of fever, a weak immune system and
 * back or neck pain to be answered).
 */
export function emergencyStep(draft: Draft): StepId | undefined {
  const asked: Draft = {};
  for (const step of applicableSteps(draft)) {
    for (const field of step.fields) Object.assign(asked, { [field]: draft[field] });
    if (isEmergency(asked)) return step.id;
  }
  return undefined;
}

/**
 * Where a request to show a screen lands, for these answers: the screen itself when the answers
 * lead there, else the nearest that they do. A step needs every step before it answered (else the
 * first unanswered step); the urgent notice needs an urgent sign; the result and the request need
 * complete answers; while the answers call for emergency care nothing past the step that said so
 * is shown, only the emergency screen; the under-18 stop keeps no age, so it leads to the age step.
 */
export function visitTarget(wanted: ScreenId, draft: Draft): ScreenId {
  const emergencyAt = emergencyStep(draft);
  if (emergencyAt !== undefined) {
    const before = isStepId(wanted) && stepIds.indexOf(wanted) <= stepIds.indexOf(emergencyAt);
    return before ? reachableStep(wanted, draft) : 'emergency';
  }
  if (wanted === 'urgentNotice') {
    return urgentFlagsIn(draft).length > 0
      ? 'urgentNotice'
      : reachableStep(nextStep('redFlags', draft, false), draft);
  }
  if (wanted === 'under18') return 'age';
  if (isStepId(wanted)) return reachableStep(wanted, draft);
  // The review and every screen after it: the result needs complete answers, and a request is
  // never shown as sending or sent again, only as the form.
  const review = reachableStep('review', draft);
  if (review !== 'review' || completeAnswers(draft) === undefined) return review;
  if (wanted === 'request') return 'request';
  return wanted === 'review' || wanted === 'emergency' ? 'review' : 'result';
}

/** The step's values if they are valid for that step, else undefined. */
function parseStep(step: StepId, event: QuestionnaireEvent): Partial<Answers> | undefined {
  if (event.type !== 'NEXT') return undefined;
  const result = stepById(step).schema.safeParse(event.values);
  return result.success ? result.data : undefined;
}

/** The answers so far with this step's values merged in, if they are valid for that step. */
function withStep(step: StepId, context: QuestionnaireContext, event: QuestionnaireEvent) {
  const values = parseStep(step, event);
  return values === undefined ? undefined : mergeStep(context.draft, values);
}

/** The complete answers, once every applicable step is answered. */
export function completeAnswers(draft: Draft): Answers | undefined {
  const result = answersSchema.safeParse({ version: 2, ...draft });
  return result.success ? result.data : undefined;
}

export const initialContext = (): QuestionnaireContext => ({
  draft: {},
  returning: false,
  contact: null,
  receipt: null,
  submitError: null,
  emergencyFrom: null,
});

const questionnaireSetup = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
  },
  guards: {
    isChild: ({ event }) => {
      const values = parseStep('age', event);
      return values?.age !== undefined && values.age < 18;
    },
    /** An emergency sign, or fever with a weak immune system and back or neck pain (R4). */
    makesEmergency: ({ context, event }, params: { step: StepId }) => {
      const draft = withStep(params.step, context, event);
      return draft !== undefined && isEmergency(draft);
    },
    hasUrgentFlag: ({ context, event }) => {
      const draft = withStep('redFlags', context, event);
      return draft !== undefined && urgentFlagsIn(draft).length > 0;
    },
    leadsTo: ({ context, event }, params: { from: StepId; to: StepId | 'review' }) => {
      const draft = withStep(params.from, context, event);
      return draft !== undefined && nextStep(params.from, draft, context.returning) === params.to;
    },
    /** From the urgent notice, on to where the warning-signs step leads. */
    continuesTo: ({ context }, params: { to: StepId | 'review' }) =>
      nextStep('redFlags', context.draft, context.returning) === params.to,
    backTo: ({ context }, params: { from: StepId | 'review'; to: StepId }) =>
      previousStep(params.from, context.draft) === params.to,
    editable: ({ context, event }, params: { step: StepId }) =>
      event.type === 'EDIT' &&
      event.step === params.step &&
      stepById(params.step).applies(context.draft),
    answersComplete: ({ context }) => completeAnswers(context.draft) !== undefined,
    cameFrom: ({ context }, params: { step: StepId }) => context.emergencyFrom === params.step,
    visits: ({ context, event }, params: { to: ScreenId }) =>
      event.type === 'VISIT' && visitTarget(event.screen, context.draft) === params.to,
  },
  actions: {
    saveStep: assign(({ context, event }, params: { step: StepId }) => ({
      draft: mergeStep(context.draft, parseStep(params.step, event) ?? {}),
    })),
    startReturning: assign({ returning: true }),
    stopReturning: assign({ returning: false }),
    reset: assign(() => initialContext()),
    clearSubmitError: assign({ submitError: null }),
  },
  actors: {
    submitIntake: fromPromise<IntakeReceipt, IntakeRequest>(() =>
      Promise.reject(
        new Error('submitIntake is provided by the app (questionnaireMachine.provide).'),
      ),
    ),
  },
});

/** Every screen VISIT may lead to; the visits guard picks the one visitTarget() names. */
const visitTargets: ScreenId[] = [
  ...stepIds,
  'urgentNotice',
  'review',
  'result',
  'request',
  'emergency',
];

/** Every screen NEXT may lead to; the leadsTo guard picks the one nextStep() names. */
const nextTargets: (StepId | 'review')[] = [...stepIds, 'review'];

const questionStates = Object.fromEntries(
  steps.map(({ id }) => [
    id,
    {
      on: {
        NEXT: [
          ...(id === 'age' ? [{ guard: 'isChild' as const, target: 'under18' }] : []),
          ...(id === 'age'
            ? []
            : [
                {
                  guard: { type: 'makesEmergency' as const, params: { step: id } },
                  target: 'emergency',
                  actions: [
                    { type: 'saveStep' as const, params: { step: id } },
                    assign({ emergencyFrom: id }),
                  ],
                },
              ]),
          ...(id === 'redFlags'
            ? [
                {
                  guard: 'hasUrgentFlag' as const,
                  target: 'urgentNotice',
                  actions: { type: 'saveStep' as const, params: { step: id } },
                },
              ]
            : []),
          ...nextTargets.map((to) => ({
            guard: { type: 'leadsTo' as const, params: { from: id, to } },
            target: to,
            actions: { type: 'saveStep' as const, params: { step: id } },
          })),
        ],
        BACK: stepIds.map((to) => ({
          guard: { type: 'backTo' as const, params: { from: id, to } },
          target: to,
        })),
      },
    },
  ]),
);

export const questionnaireMachine = questionnaireSetup.createMachine({
  id: 'questionnaire',
  context: initialContext,
  initial: 'age',
  on: {
    RESTART: { target: '.age', actions: 'reset' },
    VISIT: visitTargets.map((to) => ({
      guard: { type: 'visits' as const, params: { to } },
      target: `.${to}`,
      actions: [
        'stopReturning' as const,
        assign({ emergencyFrom: ({ context }) => emergencyStep(context.draft) ?? null }),
      ],
    })),
  },
  states: {
    ...questionStates,
    // Right after the warning signs, when one needs a doctor soon: see one today, and go on if you wish.
    urgentNotice: {
      on: {
        CONTINUE: nextTargets.map((to) => ({
          guard: { type: 'continuesTo' as const, params: { to } },
          target: to,
        })),
        BACK: 'redFlags',
      },
    },
    review: {
      entry: 'stopReturning',
      on: {
        EDIT: stepIds.map((step) => ({
          guard: { type: 'editable' as const, params: { step } },
          target: step,
          actions: 'startReturning' as const,
        })),
        BACK: stepIds.map((to) => ({
          guard: { type: 'backTo' as const, params: { from: 'review' as const, to } },
          target: to,
        })),
        CONFIRM: { guard: 'answersComplete', target: 'result' },
      },
    },
    result: {
      on: { BACK: 'review', REQUEST: 'request' },
    },
    request: {
      on: {
        BACK: 'result',
        SUBMIT: {
          target: 'submitting',
          actions: assign({ contact: ({ event }) => event.contact }),
        },
      },
    },
    submitting: {
      entry: 'clearSubmitError',
      on: { VISIT: { actions: [] } },
      invoke: {
        src: 'submitIntake',
        input: ({ context, event }) => {
          const answers = completeAnswers(context.draft);
          if (answers === undefined || event.type !== 'SUBMIT') {
            throw new Error('A consultation request needs complete answers and contact details.');
          }
          return { answers, contact: event.contact, locale: event.locale };
        },
        onDone: { target: 'submitted', actions: assign({ receipt: ({ event }) => event.output }) },
        onError: {
          target: 'request',
          actions: assign({ submitError: ({ event }) => event.error }),
        },
      },
    },
    // Sent: the browser's Back and Forward no longer change the screen (nothing is sent twice).
    submitted: { on: { VISIT: { actions: [] } } },
    under18: {},
    // A tick by mistake can be taken back: BACK returns to the step that made the emergency, with
    // the answers kept (the emergency screen came first; nothing was sent).
    emergency: {
      on: {
        BACK: stepIds.map((step) => ({
          guard: { type: 'cameFrom' as const, params: { step } },
          target: step,
        })),
      },
    },
  },
});

export type QuestionnaireMachine = typeof questionnaireMachine;
