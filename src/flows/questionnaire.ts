import { assign, fromPromise, setup } from 'xstate';
import { answersSchema, type Answers } from '../rules';
import {
  isEmergency,
  mergeStep,
  nextStep,
  previousStep,
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
  | { type: 'RESTART' };

export type ScreenId =
  | StepId
  | 'urgentNotice'
  | 'review'
  | 'result'
  | 'request'
  | 'submitting'
  | 'submitted'
  | 'under18'
  | 'emergency';

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
    submitted: {},
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
