import {
  treatmentKinds,
  type Answers,
  type Reason,
  type SourceId,
  type TreatmentKind,
} from '../../rules';
import { describeAnswer } from '../answer-text';
import type { FullCatalogue as Catalogue, Locale } from '../i18n/catalogue';
import type { ReviewItem, Term, VerdictFacts } from '../i18n/result-catalogue';

// The patient's answers as the result repeats them: the facts the verdict's sentences quote, and
// each reason's answer in words, with the jargon it may carry explained.

const conservative = treatmentKinds.filter(
  (kind): kind is Exclude<TreatmentKind, 'injections' | 'surgery'> =>
    kind !== 'injections' && kind !== 'surgery',
);
const reviewItems = [
  'pregnant',
  'activeInfection',
  'bleedingDisorder',
] as const satisfies ReviewItem[];

/** "a, b and c" in the patient's language. */
export function listInWords(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

export function verdictFacts(t: Catalogue, locale: Locale, answers: Answers): VerdictFacts {
  const r = t.result;
  const treatments = (outcomes: readonly string[]) =>
    listInWords(
      locale,
      conservative
        .filter((k) => outcomes.includes(answers.treatments[k]))
        .map((k) => r.treatments[k]),
    );
  return {
    duration: r.durations[answers.duration],
    painAverage: answers.painAverage,
    interference: answers.interference,
    failed: treatments(['noRelief', 'temporaryRelief']),
    lasting: treatments(['lastingRelief']),
    reviewItems: listInWords(
      locale,
      reviewItems.filter((item) => answers.history.includes(item)).map((i) => r.reviewItems[i]),
    ),
  };
}

/** The word a reason's answer may carry that needs a plain explanation. */
export function termOf(answers: Answers, path: string): Term | undefined {
  const [field, member] = path.split(':');
  const has = (list: readonly string[] | undefined, value: string) =>
    member === undefined ? (list ?? []).includes(value) : member === value;
  if (field === 'back.diagnoses' || field === 'neck.diagnoses') {
    const diagnoses =
      field === 'back.diagnoses' ? answers.back?.diagnoses : answers.neck?.diagnoses;
    if (has(diagnoses, 'facetArthritis')) return 'facet';
    if (has(diagnoses, 'sciatica')) return 'sciatica';
    if (has(diagnoses, 'spinalStenosis')) return 'stenosis';
  }
  if (field === 'knee.diagnoses' && has(answers.knee?.diagnoses, 'bursitis')) return 'bursitis';
  if (field === 'nerve.cause' && answers.nerve?.cause === 'crps') return 'crps';
  if (field === 'allergies' && has(answers.allergies, 'contrastDye')) return 'contrastDye';
  return undefined;
}

export interface AnswerInWords {
  answer: string;
  name: string;
  value: string;
  term: Term | undefined;
}

/**
 * Reasons grouped by answer, in words. An answer the wording cannot name yet is left out rather
 * than shown as its internal path.
 */
export function reasonsInWords(
  t: Catalogue,
  answers: Answers,
  reasons: readonly Reason[],
): AnswerInWords[] {
  const seen = new Set<string>();
  const lines: AnswerInWords[] = [];
  for (const { answer } of reasons) {
    if (seen.has(answer)) continue;
    seen.add(answer);
    const { name, value } = describeAnswer(t, answers, answer);
    if (name === answer || value === '') continue;
    lines.push({ answer, name, value, term: termOf(answers, answer) });
  }
  return lines;
}

/** Every source the reasons cite, once each, in the registry's order of first citation. */
export function sourcesOf(reasons: readonly Reason[]): SourceId[] {
  return [...new Set(reasons.map((reason) => reason.source))];
}
