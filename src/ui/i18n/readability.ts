import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// Reading level of patient text, for the readability test (CLINICAL section 1: patient wording at
// a grade 6-8 reading level). English: the Flesch-Kincaid grade (1975), syllables by `syllable`.
// Spanish: the Fernández Huerta ease (1959, as corrected by Law 2011: 206.84 - 0.60 P - 1.02 F,
// P syllables and F sentences per 100 words), whose 70-80 band ("bastante fácil") corresponds to
// US grades 7-8 and 80-90 ("fácil") to grade 6; syllables by the Spanish rules below.

export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Sentences end at . ! ? : ; or a line break; a text without one is one sentence. */
function sentencesOf(text: string): number {
  const parts = text.split(/[.!?;:\n]+(?:\s|$)/u).filter((part) => /[\p{L}\p{N}]/u.test(part));
  return Math.max(1, parts.length);
}

function countWith(text: string, syllablesOf: (word: string) => number): TextCounts {
  const words = text.match(wordPattern) ?? [];
  return {
    sentence: sentencesOf(text),
    word: words.length,
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0),
  };
}

const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const vowel = /[aeiouáéíóúü]/;

/**
 * Syllables of a Spanish word: one per vowel group, plus one for each hiatus inside a group (two
 * strong vowels side by side, or an accented í or ú beside another vowel). A final "y" after a
 * vowel (hoy, muy) joins that vowel; "u" in que, qui, gue, gui is silent and joins too.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/(?<=[aeiouáéó])y$/u, '');
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (!vowel.test(ch)) {
      previous = '';
      continue;
    }
    if (previous === '') count++;
    else if (strong.has(previous) && strong.has(ch)) count++;
    previous = ch;
  }
  if (/^\d+$/.test(w)) return Math.max(1, w.length);
  return Math.max(1, count);
}

export const englishCounts = (text: string) => countWith(text, syllable);
export const spanishCounts = (text: string) => countWith(text, spanishSyllables);

export const add = (a: TextCounts, b: TextCounts): TextCounts => ({
  sentence: a.sentence + b.sentence,
  word: a.word + b.word,
  syllable: a.syllable + b.syllable,
});

/** Flesch-Kincaid grade level: lower is easier; 6 to 8 is the target for patients. */
export const englishGrade = (counts: TextCounts) => fleschKincaid(counts);

/** Fernández Huerta ease, 0-100: higher is easier; 70 and above is grade 8 or easier. */
export function spanishEase(counts: TextCounts): number {
  if (counts.word === 0) return 100;
  const p = (100 * counts.syllable) / counts.word;
  const f = (100 * counts.sentence) / counts.word;
  return 206.84 - 0.6 * p - 1.02 * f;
}
