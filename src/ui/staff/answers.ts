import type { StoredAnswers } from '../../api/contract';
import type { Draft } from '../../flows/steps';
import type { Mood, PriorProcedure } from '../../rules';
import { describeAnswer } from '../answer-text';
import type { Catalogue } from '../i18n/catalogue';
import {
  bloodThinnerLabel,
  imagingLabel,
  labelOr,
  lastedLabel,
  priorProcedureLabel,
  reliefLabel,
} from './labels';

// Every answer an intake holds, one row each, read from the stored object itself rather than from
// the patient flow's step list (which changes from one ruleset to the next): an intake of answers
// version 1 shows what it has, one of version 2 shows what it has, and a field this release does
// not know still shows, as it was stored.

export interface AnswerRow {
  /** The answer path (`back.legPain`, `priorProcedures:epidural`, `mood.phq2`). */
  path: string;
  name: string;
  value: string;
}

/** The order answers are listed in: the order of CLINICAL section 1 (both versions). */
const fieldOrder = [
  'age',
  'redFlags',
  'locations',
  'back',
  'neck',
  'knee',
  'head',
  'nerve',
  'duration',
  'painAverage',
  'painWorst',
  'interference',
  'treatments',
  'priorProcedures',
  'imaging',
  'steroidInjectionsPast12Months',
  'steroidCoursesPast12Months',
  'history',
  'bloodThinnerKinds',
  'allergies',
  'mood',
  'goals',
] as const;

const moodSum = (scores: readonly number[]) =>
  `${scores.join(' + ')} = ${scores.reduce((a, b) => a + b, 0)} of 6`;

/** Rows of the fields ruleset 2026.2 added, in staff words. */
function addedRows(
  field: string,
  value: unknown,
  yes: string,
  no: string,
): AnswerRow[] | undefined {
  switch (field) {
    case 'priorProcedures':
      return (value as PriorProcedure[]).map((p) => ({
        path: `priorProcedures:${p.kind}`,
        name: `Earlier procedure: ${labelOr(priorProcedureLabel, p.kind)}`,
        value: `${labelOr(reliefLabel, p.relief)}, ${labelOr(lastedLabel, p.lasted)}`,
      }));
    case 'imaging':
      return [{ path: field, name: 'Latest imaging', value: labelOr(imagingLabel, String(value)) }];
    case 'steroidCoursesPast12Months':
      return [
        { path: field, name: 'Courses of steroid tablets, past 12 months', value: String(value) },
      ];
    case 'bloodThinnerKinds':
      return [
        {
          path: field,
          name: 'Which blood thinner',
          value: (value as string[]).map((kind) => labelOr(bloodThinnerLabel, kind)).join(', '),
        },
      ];
    case 'mood': {
      const mood = value as Mood;
      return [
        { path: 'mood.phq2', name: 'PHQ-2 (past 2 weeks)', value: moodSum(mood.phq2) },
        { path: 'mood.gad2', name: 'GAD-2 (past 2 weeks)', value: moodSum(mood.gad2) },
        {
          path: 'mood.selfHarmThoughts',
          name: 'Thoughts of being better off dead or of self-harm (past 2 weeks)',
          value: mood.selfHarmThoughts ? yes : no,
        },
      ];
    }
    default:
      return undefined;
  }
}

export function answerRows(t: Catalogue, answers: StoredAnswers): AnswerRow[] {
  const stored = answers as Partial<Record<string, unknown>>;
  // The patient's words for the fields both versions share; their codes are the same in both.
  const draft = answers as unknown as Draft;
  const described = (path: string): AnswerRow => {
    const { name, value } = describeAnswer(t, draft, path);
    return { path, name, value };
  };
  const known = new Set<string>([...fieldOrder, 'version']);
  const rest = Object.keys(stored).filter((field) => !known.has(field));
  return [...fieldOrder, ...rest].flatMap((field): AnswerRow[] => {
    const value = stored[field];
    if (value === undefined) return [];
    const added = addedRows(field, value, t.app.yes, t.app.no);
    if (added) return added;
    if (!known.has(field)) return [{ path: field, name: field, value: JSON.stringify(value) }];
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return Object.keys(value).map((key) => described(`${field}.${key}`));
    return [described(field)];
  });
}
