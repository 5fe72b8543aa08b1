import { describe, expect, it } from 'vitest';
import { enFull as en } from './full';
import { esFull as es } from './full';
import {
  add,
  englishCounts,
  englishGrade,
  spanishCounts,
  spanishEase,
  spanishSyllables,
  type TextCounts,
} from './readability';

// Patient text at a grade 6-8 reading level (issue #13), measured over every string of the
// patient catalogues, English and Spanish. Thresholds, stated:
// - all English sentences together (every string of 6 words or more): Flesch-Kincaid grade 8 or
//   lower;
// - all Spanish sentences together: Fernández Huerta ease 70 or higher (grade 8 or easier);
// - each paragraph (a string of 12 words or more) on its own: grade 10 or lower in English, ease
//   50 or higher in Spanish. Two grades of slack for one paragraph, whose score swings with a
//   single long medical word ("radiofrequency", "procedimientos") that the text then explains.
// Labels under 6 words are not measured: a formula over three words ("Epidural steroid
// injection") measures a name, not a reading level, and would flatter the total.

/** Every string a patient can read: texts, and what each text-making function says for sample values. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    // A sample argument that reads as 3 where a number is expected and as a word where a field
    // of facts is read (`f.duration`).
    const sample = new Proxy(
      {},
      { get: (_target, key) => (key === Symbol.toPrimitive ? () => 3 : 'exercise') },
    );
    const said = (value as (...args: unknown[]) => unknown)(sample, sample, sample);
    return typeof said === 'string' ? [{ path, text: said }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, path === '' ? key : `${path}.${key}`),
    );
  return [];
}

const sentenceLike = (counts: TextCounts) => counts.word >= 6;
const longEnough = (counts: TextCounts) => counts.word >= 12;

describe('Spanish syllables', () => {
  it.each([
    ['dolor', 2],
    ['día', 2],
    ['país', 2],
    ['ciudad', 2],
    ['cuidado', 3],
    ['poeta', 3],
    ['que', 1],
    ['hoy', 1],
    ['inyección', 3],
    ['médico', 3],
    ['espalda', 3],
    ['radiofrecuencia', 5],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('patient text reads at a grade 6-8 level', () => {
  // Source names are titles of institutions and documents, not prose the clinic can reword.
  const prose = ({ path }: { path: string }) =>
    path !== 'languageName' && !path.startsWith('result.sources.');
  const english = strings(en).filter(prose);
  const spanish = strings(es).filter(prose);

  it('English, the whole catalogue: Flesch-Kincaid grade 8 or lower', () => {
    const total = english
      .map(({ text }) => englishCounts(text))
      .filter(sentenceLike)
      .reduce(add);
    const grade = englishGrade(total);
    console.log(`English catalogue: ${total.word} words, Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });

  it('Spanish, the whole catalogue: Fernández Huerta ease 70 or higher', () => {
    const total = spanish
      .map(({ text }) => spanishCounts(text))
      .filter(sentenceLike)
      .reduce(add);
    const ease = spanishEase(total);
    console.log(`Spanish catalogue: ${total.word} words, Fernández Huerta ease ${ease.toFixed(1)}`);
    expect(ease).toBeGreaterThanOrEqual(70);
  });

  it('English, each paragraph: grade 10 or lower', () => {
    const hard = english
      .map(({ path, text }) => ({ path, text, counts: englishCounts(text) }))
      .filter(({ counts }) => longEnough(counts))
      .map(({ path, text, counts }) => ({ path, text, grade: englishGrade(counts) }))
      .filter(({ grade }) => grade > 10)
      .map(({ path, grade, text }) => `${path} (grade ${grade.toFixed(1)}): ${text}`);
    expect(hard).toEqual([]);
  });

  it('Spanish, each paragraph: ease 50 or higher', () => {
    const hard = spanish
      .map(({ path, text }) => ({ path, text, counts: spanishCounts(text) }))
      .filter(({ counts }) => longEnough(counts))
      .map(({ path, text, counts }) => ({ path, text, ease: spanishEase(counts) }))
      .filter(({ ease }) => ease < 50)
      .map(({ path, ease, text }) => `${path} (ease ${ease.toFixed(1)}): ${text}`);
    expect(hard).toEqual([]);
  });
});
