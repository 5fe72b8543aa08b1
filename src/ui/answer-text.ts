import { askedFields, type Draft, type Step } from '../flows/steps';
import { treatmentKinds, type PriorProcedure } from '../rules';
import type { Catalogue } from './i18n/catalogue';

// Answers in the patient's words: the review page lists them, staff read them, and "why it may
// fit" shows each reason's answer (a path such as `back.legPain`, `history:diabetes`,
// `priorProcedures:epidural` or `mood.phq2`) this way.

interface Field {
  name: string;
  label: (value: unknown) => string;
}

const pick = (labels: Record<string, string>) => (value: unknown) =>
  labels[String(value)] ?? String(value);

const isProcedure = (value: unknown): value is PriorProcedure =>
  typeof value === 'object' && value !== null && 'kind' in value && 'relief' in value;

function fieldOf(t: Catalogue, path: string): Field | undefined {
  const s = t.steps;
  const n = t.answerNames;
  const yesNo = (value: unknown) => (value === true ? t.app.yes : t.app.no);
  const count = (value: unknown) => String(value);
  const moodAnswer = (value: unknown) =>
    typeof value === 'number' ? (s.mood.answers[value] ?? String(value)) : '';
  /** A PHQ-2 or GAD-2 pair: each item in its published words with the answer given. */
  const moodPair = (items: readonly [string, string]) => (value: unknown) =>
    Array.isArray(value)
      ? items.map((item, i) => `${item}: ${moodAnswer(value[i])}`).join('; ')
      : '';
  const procedure = (value: unknown) =>
    isProcedure(value)
      ? `${s.priorProcedures.kinds.options[value.kind]}: ${n.procedureOutcome(
          value.relief,
          value.lasted,
        )}`
      : String(value);
  const fields: Record<string, Field> = {
    age: { name: n.age, label: (v) => n.years(Number(v)) },
    redFlags: { name: n.redFlags, label: pick(s.redFlags.options) },
    locations: { name: n.locations, label: pick(s.locations.options) },
    'back.legPain': { name: n.back.legPain, label: pick(s.back.legPain.options) },
    'back.worseWith': { name: n.back.worseWith, label: pick(s.back.worseWith.options) },
    'back.diagnoses': { name: n.back.diagnoses, label: pick(s.back.diagnoses.options) },
    'back.priorSurgery': { name: n.back.priorSurgery, label: yesNo },
    'neck.armPain': { name: n.neck.armPain, label: pick(s.neck.armPain.options) },
    'neck.worseWith': { name: n.neck.worseWith, label: pick(s.neck.worseWith.options) },
    'neck.diagnoses': { name: n.neck.diagnoses, label: pick(s.neck.diagnoses.options) },
    'neck.priorSurgery': { name: n.neck.priorSurgery, label: yesNo },
    'knee.diagnoses': { name: n.knee.diagnoses, label: pick(s.knee.diagnoses.options) },
    'knee.replacement': { name: n.knee.replacement, label: pick(s.knee.replacement.options) },
    'head.types': { name: n.head.types, label: pick(s.head.types.options) },
    'head.daysPerMonth': { name: n.head.daysPerMonth, label: (v) => n.daysAMonth(Number(v)) },
    'nerve.cause': { name: n.nerve.cause, label: pick(s.nerve.cause.options) },
    duration: { name: n.duration, label: pick(s.duration.options) },
    painAverage: { name: n.painAverage, label: (v) => n.outOf10(Number(v)) },
    painWorst: { name: n.painWorst, label: (v) => n.outOf10(Number(v)) },
    interference: { name: n.interference, label: (v) => n.outOf10(Number(v)) },
    priorProcedures: { name: n.priorProcedures, label: procedure },
    imaging: { name: n.imaging, label: pick(s.imaging.options) },
    steroidInjectionsPast12Months: { name: n.steroidInjectionsPast12Months, label: count },
    steroidCoursesPast12Months: { name: n.steroidCoursesPast12Months, label: count },
    history: { name: n.history, label: pick(s.history.history.options) },
    bloodThinnerKinds: {
      name: n.bloodThinnerKinds,
      label: pick(s.history.bloodThinnerKinds.options),
    },
    allergies: { name: n.allergies, label: pick(s.allergies.allergies.options) },
    'mood.phq2': { name: n.mood.phq2, label: moodPair(s.mood.phq2) },
    'mood.gad2': { name: n.mood.gad2, label: moodPair(s.mood.gad2) },
    'mood.phq2.0': { name: s.mood.phq2[0], label: moodAnswer },
    'mood.phq2.1': { name: s.mood.phq2[1], label: moodAnswer },
    'mood.gad2.0': { name: s.mood.gad2[0], label: moodAnswer },
    'mood.gad2.1': { name: s.mood.gad2[1], label: moodAnswer },
    'mood.selfHarmThoughts': { name: n.mood.selfHarmThoughts, label: yesNo },
    goals: { name: n.goals, label: pick(s.goals.options) },
  };
  const treatment = /^treatments\.(\w+)$/.exec(path)?.[1];
  if (treatment !== undefined && treatment in s.treatments.kinds) {
    return {
      name: s.treatments.kinds[treatment as keyof typeof s.treatments.kinds],
      label: pick(s.treatments.outcomes),
    };
  }
  return fields[path];
}

function valueAt(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

/** One earlier procedure, "Epidural steroid injection" / "helped 50–79%, for days to weeks". */
function describeProcedure(t: Catalogue, draft: Draft, kind: string) {
  const names: Partial<Record<string, string>> = t.steps.priorProcedures.kinds.options;
  const name = names[kind] ?? kind;
  const p = draft.priorProcedures?.find((e) => e.kind === kind);
  const outcome = p ? t.answerNames.procedureOutcome(p.relief, p.lasted) : '';
  // It stands alone here, so it starts as a sentence does.
  return { name, value: outcome.charAt(0).toLocaleUpperCase() + outcome.slice(1) };
}

/**
 * "Name: value" for one answer path; a list field shows every chosen value, or "None", and gives
 * them one by one in `values` too (the review lists them one per line).
 */
export function describeAnswer(
  t: Catalogue,
  draft: Draft,
  path: string,
): { name: string; value: string; values?: string[] } {
  const [fieldPath = path, member] = path.split(':');
  if (fieldPath === 'priorProcedures' && member !== undefined) {
    return describeProcedure(t, draft, member);
  }
  const field = fieldOf(t, fieldPath);
  if (field === undefined) return { name: path, value: '' };
  if (member !== undefined) return { name: field.name, value: field.label(member) };
  const value = valueAt(draft, fieldPath);
  if (Array.isArray(value) && !fieldPath.startsWith('mood.')) {
    const values = value.map(field.label);
    return {
      name: field.name,
      value: value.length === 0 ? t.review.none : values.join('; '),
      values,
    };
  }
  return { name: field.name, value: field.label(value) };
}

const moodPaths = [
  'mood.phq2.0',
  'mood.phq2.1',
  'mood.gad2.0',
  'mood.gad2.1',
  'mood.selfHarmThoughts',
];

/**
 * The answer paths a step shows, one line each: nested details, treatments, each earlier
 * procedure and each mood question split out; fields these answers do not call for left out.
 */
export function reviewPaths(step: Step, draft: Draft): string[] {
  return askedFields(step, draft).flatMap((field) => {
    if (field === 'treatments') return treatmentKinds.map((kind) => `treatments.${kind}`);
    if (field === 'mood') return moodPaths;
    if (field === 'priorProcedures') {
      return (draft.priorProcedures ?? []).map((p) => `priorProcedures:${p.kind}`);
    }
    const value = draft[field];
    if (typeof value === 'object' && !Array.isArray(value)) {
      return Object.keys(value).map((key) => `${field}.${key}`);
    }
    return [field];
  });
}
