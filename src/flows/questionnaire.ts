import { assign, fromPromise, setup } from 'xstate';
import { answersSchema, emergencyRedFlags, type Answers, type RedFlag } from '../rules';
import {
  mergeStep,
  nextStep,
  previousStep,
  stepById,
  stepIds,
  steps,
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
}

export type QuestionnaireEvent =
  | { type: 'NEXT'; values: unknown }
  | { type: 'BACK' }
  | { type: 'EDIT'; step: StepId }
  | { type: 'CONFIRM' }
  | { type: 'REQUEST' }
  | { type: 'SUBMIT'; contact: unknown; locale: Locale }
  | { type: 'RESTART' };

export type ScreenId =
  StepId | 'review' | 'result' | 'request' | 'submitting' | 'submitted' | 'under18' | 'emergency';

const emergencyLevel: ReadonlySet<RedFlag> = new Set(emergencyRedFlags);

/** The step's values if they are valid for that step, else undefined. */
function parseStep(step: StepId, event: QuestionnaireEvent): Partial<Answers> | undefined {
  if (event.type !== 'NEXT') return undefined;
  const result = stepById(step).schema.safeParse(event.values);
  return result.success ? result.data : undefined;
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
    hasEmergencyFlag: ({ event }) => {
      const values = parseStep('redFlags', event);
      return values?.redFlags?.some((flag) => emergencyLevel.has(flag)) === true;
    },
    leadsTo: ({ context, event }, params: { from: StepId; to: StepId | 'review' }) => {
      const values = parseStep(params.from, event);
      if (values === undefined) return false;
      return (
        nextStep(params.from, mergeStep(context.draft, values), context.returning) === params.to
      );
    },
    backTo: ({ context }, params: { from: StepId | 'review'; to: StepId }) =>
      previousStep(params.from, context.draft) === params.to,
    editable: ({ context, event }, params: { step: StepId }) =>
      event.type === 'EDIT' &&
      event.step === params.step &&
      stepById(params.step).applies(context.draft),
    answersComplete: ({ context }) => completeAnswers(context.draft) !== undefined,
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
          ...(id === 'redFlags'
            ? [
                {
                  guard: 'hasEmergencyFlag' as const,
                  target: 'emergency',
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
    emergency: {},
  },
});

export type QuestionnaireMachine = typeof questionnaireMachine;
