import type { Draft, Step } from '../flows/steps';
import { treatmentKinds } from '../rules';
import type { Catalogue } from './i18n/catalogue';

// Answers in the patient's words: the review page lists them, and "why it may fit" shows each
// reason's answer (a path such as `back.legPain` or `history:diabetes`) this way.

interface Field {
  name: string;
  label: (value: unknown) => string;
}

const pick = (labels: Record<string, string>) => (value: unknown) =>
  labels[String(value)] ?? String(value);

function fieldOf(t: Catalogue, path: string): Field | undefined {
  const s = t.steps;
  const n = t.answerNames;
  const yesNo = (value: unknown) => (value === true ? t.app.yes : t.app.no);
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
    steroidInjectionsPast12Months: { name: n.steroidInjectionsPast12Months, label: String },
    history: { name: n.history, label: pick(s.history.history.options) },
    allergies: { name: n.allergies, label: pick(s.history.allergies.options) },
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

/** "Name: value" for one answer path; a list field shows every chosen value, or "None". */
export function describeAnswer(
  t: Catalogue,
  draft: Draft,
  path: string,
): { name: string; value: string } {
  const [fieldPath = path, member] = path.split(':');
  const field = fieldOf(t, fieldPath);
  if (field === undefined) return { name: path, value: '' };
  if (member !== undefined) return { name: field.name, value: field.label(member) };
  const value = valueAt(draft, fieldPath);
  if (Array.isArray(value)) {
    return {
      name: field.name,
      value: value.length === 0 ? t.review.none : value.map(field.label).join(', '),
    };
  }
  return { name: field.name, value: field.label(value) };
}

/** The answer paths a step shows, one line each: nested details and treatments split out. */
export function reviewPaths(step: Step, draft: Draft): string[] {
  return step.fields.flatMap((field) => {
    if (field === 'treatments') return treatmentKinds.map((kind) => `treatments.${kind}`);
    const value = draft[field];
    if (typeof value === 'object' && !Array.isArray(value)) {
      return Object.keys(value).map((key) => `${field}.${key}`);
    }
    return [field];
  });
}
