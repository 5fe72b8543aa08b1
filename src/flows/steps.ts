import { z } from 'zod/mini';
import {
  answersShape,
  backDetailsSchema,
  headDetailsSchema,
  kneeDetailsSchema,
  neckDetailsSchema,
  nerveDetailsSchema,
  type Answers,
  type Location,
} from '../rules';

// The questionnaire's steps, in the order of CLINICAL section 5, as one config: the fields each step
// owns, the schema that guards it, and when it applies. The machine, the progress indicator and
// the review page all read this list.

/** The answers gathered so far; every step adds its own fields. */
export type Draft = Partial<Answers>;

const painSchema = z
  .pick(answersShape, { painAverage: true, painWorst: true, interference: true })
  .check(
    z.refine((pain) => pain.painWorst >= pain.painAverage, {
      path: ['painWorst'],
      error: 'Worst pain cannot be lower than average pain.',
    }),
  );

const locationChosen = (location: Location) => (draft: Draft) =>
  draft.locations?.includes(location) === true;
const always = () => true;

export const steps = [
  {
    id: 'age',
    fields: ['age'],
    // The age form accepts children too: the flow then stops kindly instead of refusing the number.
    schema: z.strictObject({ age: z.int().check(z.gte(1), z.lte(120)) }),
    applies: always,
  },
  {
    id: 'redFlags',
    fields: ['redFlags'],
    schema: z.pick(answersShape, { redFlags: true }),
    applies: always,
  },
  {
    id: 'locations',
    fields: ['locations'],
    schema: z.pick(answersShape, { locations: true }),
    applies: always,
  },
  {
    id: 'back',
    fields: ['back'],
    schema: z.strictObject({ back: backDetailsSchema }),
    applies: locationChosen('lowerBack'),
  },
  {
    id: 'neck',
    fields: ['neck'],
    schema: z.strictObject({ neck: neckDetailsSchema }),
    applies: locationChosen('neck'),
  },
  {
    id: 'knee',
    fields: ['knee'],
    schema: z.strictObject({ knee: kneeDetailsSchema }),
    applies: locationChosen('knee'),
  },
  {
    id: 'head',
    fields: ['head'],
    schema: z.strictObject({ head: headDetailsSchema }),
    applies: locationChosen('head'),
  },
  {
    id: 'nerve',
    fields: ['nerve'],
    schema: z.strictObject({ nerve: nerveDetailsSchema }),
    applies: locationChosen('nervePain'),
  },
  {
    id: 'duration',
    fields: ['duration'],
    schema: z.pick(answersShape, { duration: true }),
    applies: always,
  },
  {
    id: 'pain',
    fields: ['painAverage', 'painWorst', 'interference'],
    schema: painSchema,
    applies: always,
  },
  {
    id: 'treatments',
    fields: ['treatments', 'steroidInjectionsPast12Months'],
    schema: z.pick(answersShape, { treatments: true, steroidInjectionsPast12Months: true }),
    applies: always,
  },
  {
    id: 'history',
    fields: ['history', 'allergies'],
    schema: z.pick(answersShape, { history: true, allergies: true }),
    applies: always,
  },
  {
    id: 'goals',
    fields: ['goals'],
    schema: z.pick(answersShape, { goals: true }),
    applies: always,
  },
] as const satisfies readonly {
  id: string;
  fields: readonly (keyof Answers)[];
  schema: z.ZodMiniType;
  applies: (draft: Draft) => boolean;
}[];

export type Step = (typeof steps)[number];
export type StepId = Step['id'];
export type StepValues<Id extends StepId> = z.infer<Extract<Step, { id: Id }>['schema']>;

export const stepIds = steps.map((step) => step.id);

export function stepById<Id extends StepId>(id: Id): Extract<Step, { id: Id }> {
  return steps.find((step) => step.id === id) as Extract<Step, { id: Id }>;
}

/** The steps that apply to these answers, in order. */
export const applicableSteps = (draft: Draft): Step[] =>
  steps.filter((step) => step.applies(draft));

const isComplete = (step: Step, draft: Draft) =>
  step.fields.every((field) => draft[field] !== undefined);

/**
 * Where NEXT leads from `from`: the following applicable step; when the patient came from the
 * review page, the first applicable step still unanswered (a newly chosen location's details), or
 * back to review.
 */
export function nextStep(from: StepId, draft: Draft, returning: boolean): StepId | 'review' {
  const applicable = applicableSteps(draft);
  if (returning) return applicable.find((step) => !isComplete(step, draft))?.id ?? 'review';
  const index = applicable.findIndex((step) => step.id === from);
  return applicable[index + 1]?.id ?? 'review';
}

/** Where BACK leads from a step or the review page: the previous applicable step. */
export function previousStep(from: StepId | 'review', draft: Draft): StepId {
  const applicable = applicableSteps(draft);
  if (from === 'review') return applicable.at(-1)?.id ?? 'goals';
  const index = applicable.findIndex((step) => step.id === from);
  return applicable[Math.max(0, index - 1)]?.id ?? 'age';
}

/** The answers with one step's values merged in; a location left out loses its details. */
export function mergeStep(draft: Draft, values: Partial<Answers>): Draft {
  const merged: Draft = { ...draft, ...values };
  const dropped = new Set<string>(
    steps.filter((step) => !step.applies(merged)).flatMap((step) => step.fields),
  );
  return Object.fromEntries(Object.entries(merged).filter(([field]) => !dropped.has(field)));
}

/** Step n of m for the progress indicator: the question steps that apply, then review. */
export function progress(at: StepId | 'review', draft: Draft): { step: number; of: number } {
  const applicable = applicableSteps(draft);
  const of = applicable.length + 1;
  if (at === 'review') return { step: of, of };
  return { step: applicable.findIndex((step) => step.id === at) + 1, of };
}
