import { z } from 'zod/mini';
import {
  answersShape,
  backDetailsSchema,
  emergencyRedFlags,
  giantCellArteritisMinAge,
  headDetailsSchema,
  infectionRisk,
  kneeDetailsSchema,
  neckDetailsSchema,
  nerveDetailsSchema,
  priorProceduresSchema,
  urgentRedFlags,
  type Answers,
  type Location,
  type RedFlag,
} from '../rules';

// The questionnaire's steps, in the order of CLINICAL section 5, as one config: the fields each step
// owns, the schema that guards it, when it applies, and which of its fields only some answers call
// for. The machine, the progress indicator and the review page all read this list.

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

const onBloodThinners = (draft: Draft) => draft.history?.includes('bloodThinners') === true;

/** The kinds of blood thinner are asked exactly when blood thinners are ticked. */
const historySchema = z.pick(answersShape, { history: true, bloodThinnerKinds: true }).check(
  z.refine((v) => v.history.includes('bloodThinners') === (v.bloodThinnerKinds !== undefined), {
    path: ['bloodThinnerKinds'],
    error: 'The kinds of blood thinner go with blood thinners, and only with them.',
  }),
);

const injectionsTried = (draft: Draft) =>
  draft.treatments !== undefined && draft.treatments.injections !== 'notTried';

/** The ages the first question takes: children too, whom the flow then stops kindly. */
export const ageRange = { min: 1, max: 120 } as const;

const locationChosen = (location: Location) => (draft: Draft) =>
  draft.locations?.includes(location) === true;
const always = () => true;

export const steps = [
  {
    id: 'age',
    fields: ['age'],
    // The age form accepts children too: the flow then stops kindly instead of refusing the number.
    schema: z.strictObject({ age: z.int().check(z.gte(ageRange.min), z.lte(ageRange.max)) }),
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
    fields: ['treatments'],
    schema: z.pick(answersShape, { treatments: true }),
    applies: always,
  },
  {
    id: 'priorProcedures',
    fields: ['priorProcedures'],
    schema: z.strictObject({ priorProcedures: priorProceduresSchema }),
    applies: injectionsTried,
  },
  {
    id: 'imaging',
    fields: ['imaging'],
    schema: z.pick(answersShape, { imaging: true }),
    applies: always,
  },
  {
    id: 'history',
    fields: ['history', 'bloodThinnerKinds'],
    schema: historySchema,
    applies: always,
    asks: { bloodThinnerKinds: onBloodThinners },
  },
  {
    id: 'allergies',
    fields: ['allergies', 'steroidInjectionsPast12Months', 'steroidCoursesPast12Months'],
    schema: z.pick(answersShape, {
      allergies: true,
      steroidInjectionsPast12Months: true,
      steroidCoursesPast12Months: true,
    }),
    applies: always,
  },
  {
    id: 'mood',
    fields: ['mood'],
    schema: z.pick(answersShape, { mood: true }),
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
  /** Fields of the step that only some answers call for; absent otherwise. */
  asks?: Partial<Record<keyof Answers, (draft: Draft) => boolean>>;
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

/** Whether the answers call for this field of its step (a field without a condition always). */
export function fieldAsked(step: Step, field: keyof Answers, draft: Draft): boolean {
  const asks: Partial<Record<keyof Answers, (draft: Draft) => boolean>> | undefined =
    'asks' in step ? step.asks : undefined;
  return asks?.[field]?.(draft) ?? true;
}

/** The fields a step asks for these answers. */
export const askedFields = (step: Step, draft: Draft): (keyof Answers)[] =>
  step.fields.filter((field) => fieldAsked(step, field, draft));

/**
 * Where NEXT leads from `from`: the following applicable step; when the patient came from the
 * review page, the first applicable step still unanswered (a newly chosen location's details, the
 * earlier procedures once injections are tried), or back to review.
 */
export function nextStep(from: StepId, draft: Draft, returning: boolean): StepId | 'review' {
  const applicable = applicableSteps(draft);
  if (returning) return firstUnanswered(draft);
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

/**
 * The answers with one step's values merged in. What no longer applies is dropped: the fields of
 * steps that no longer apply (a location left out loses its details; injections changed to "not
 * tried" lose the earlier procedures), fields the answers no longer call for (the kinds of blood
 * thinner once blood thinners are unticked), and the giant cell arteritis sign below its age.
 */
export function mergeStep(draft: Draft, values: Partial<Answers>): Draft {
  const merged: Draft = { ...draft, ...values };
  const dropped = new Set<string>(
    steps.flatMap((step) =>
      step.applies(merged)
        ? step.fields.filter((field) => !fieldAsked(step, field, merged))
        : step.fields,
    ),
  );
  const kept: Draft = Object.fromEntries(
    Object.entries(merged).filter(([field]) => !dropped.has(field)),
  );
  if (kept.redFlags !== undefined && (kept.age ?? 0) < giantCellArteritisMinAge) {
    kept.redFlags = kept.redFlags.filter((flag) => flag !== 'giantCellArteritisSigns');
  }
  return kept;
}

/**
 * The questionnaire in five parts, for the progress indicator. Their number never changes, whatever
 * the answers: a count of steps would (a chosen location adds its details, injections tried add
 * the earlier procedures), and "Step 13 of 13" after "Step 1 of 12" tells a patient nothing true.
 */
export const sections = [
  { id: 'aboutYou', steps: ['age', 'redFlags'] },
  { id: 'where', steps: ['locations', 'back', 'neck', 'knee', 'head', 'nerve'] },
  { id: 'pain', steps: ['duration', 'pain', 'treatments', 'priorProcedures', 'imaging'] },
  { id: 'health', steps: ['history', 'allergies', 'mood'] },
  { id: 'check', steps: ['goals', 'review'] },
] as const satisfies readonly { id: string; steps: readonly (StepId | 'review')[] }[];
export type SectionId = (typeof sections)[number]['id'];

/**
 * Where the patient is: the part (1 to 5) and its name, and how far through the whole
 * questionnaire (0 to 1, for the bar: the parts share it equally, and a part's steps share its
 * share, so a step added by an answer moves the bar within that part only).
 */
export function progress(
  at: StepId | 'review',
  draft: Draft,
): { section: number; of: number; id: SectionId; done: number } {
  const index = sections.findIndex((s) => (s.steps as readonly string[]).includes(at));
  const section = sections[index] ?? sections[0];
  const applicable = new Set<string>([...applicableSteps(draft).map((s) => s.id), 'review']);
  const here = (section.steps as readonly string[]).filter((id) => applicable.has(id));
  const within = Math.max(0, here.indexOf(at)) / Math.max(1, here.length);
  return {
    section: index + 1,
    of: sections.length,
    id: section.id,
    done: (index + within) / sections.length,
  };
}

const isComplete = (step: Step, draft: Draft) =>
  askedFields(step, draft).every((field) => draft[field] !== undefined);

/** The first applicable step not yet answered, or review once all are. */
export const firstUnanswered = (draft: Draft): StepId | 'review' =>
  applicableSteps(draft).find((step) => !isComplete(step, draft))?.id ?? 'review';

/**
 * Where a request to show a step lands (the browser's Back and Forward, a link or a reload with
 * `#step=…`): the step itself when it applies and every step before it is answered; otherwise the
 * first unanswered step, so no step is ever shown without the answers it builds on.
 */
export function reachableStep(wanted: StepId | 'review', draft: Draft): StepId | 'review' {
  const applicable = applicableSteps(draft);
  const until =
    wanted === 'review' ? applicable.length : applicable.findIndex((s) => s.id === wanted);
  if (until === -1) return firstUnanswered(draft);
  const gap = applicable.slice(0, until).find((step) => !isComplete(step, draft));
  return gap?.id ?? wanted;
}

const chosen = (draft: Draft, flag: RedFlag) => draft.redFlags?.includes(flag) === true;

/** The emergency-level signs among the answers so far, in the order they are asked. */
export const emergencyFlagsIn = (draft: Draft): RedFlag[] =>
  emergencyRedFlags.filter((flag) => chosen(draft, flag));

/** The urgent-level signs among the answers so far, in the order they are asked. */
export const urgentFlagsIn = (draft: Draft): RedFlag[] =>
  urgentRedFlags.filter((flag) => chosen(draft, flag));

/**
 * Fever with a weakened immune system and back or neck pain (verdict rule 1, R4), once all three
 * are answered: the history step usually learns the last of them.
 */
export const infectionRiskIn = (draft: Draft): boolean =>
  infectionRisk({
    redFlags: draft.redFlags ?? [],
    history: draft.history ?? [],
    locations: draft.locations ?? [],
  });

/** Whether these answers call for emergency care now: nothing more is asked, nothing is sent. */
export const isEmergency = (draft: Draft): boolean =>
  emergencyFlagsIn(draft).length > 0 || infectionRiskIn(draft);
