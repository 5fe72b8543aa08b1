// Finds English left on a Spanish screen. Text inside an element marked lang="en" (the clinic's
// original words, the language switch) is allowed; everything else is checked word by word
// against common English words that are not also Spanish words ("a", "no", "me", "he", "son" are
// left out on purpose).

export const englishWords: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'to',
  'you',
  'your',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'with',
  'for',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'or',
  'in',
  'on',
  'at',
  'by',
  'from',
  'have',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'what',
  'when',
  'where',
  'why',
  'how',
  'if',
  'our',
  'we',
  'they',
  'their',
  'them',
  'not',
  'do',
  'does',
  'did',
  'please',
  'about',
  'after',
  'before',
  'which',
  'who',
  'than',
  'then',
  'there',
  'here',
  'into',
  'out',
  'up',
  'all',
  'any',
  'some',
  'more',
  'most',
  'only',
  'also',
  'just',
  'very',
  'now',
  'today',
  'call',
  'pain',
  'help',
  'doctor’s',
  'yes',
  'back',
  'next',
  'change',
  'my',
  'i',
]);

/**
 * The text of every text node under `root` whose nearest element with a lang attribute is not
 * English. Plain DOM, no helpers: the browser tests run this very function inside the page.
 */
export function textOutsideEnglish(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || parent.closest('script, style, template') !== null) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    if (lang.toLowerCase().startsWith('en')) continue;
    const text = (node.textContent ?? '').trim();
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** Each text that holds an English word, with the words found: [] when all is Spanish. */
export function englishIn(texts: readonly string[]): { text: string; words: string[] }[] {
  return texts.flatMap((text) => {
    const words = (text.toLowerCase().match(/[\p{L}’']+/gu) ?? []).filter((word) =>
      englishWords.has(word),
    );
    return words.length > 0 ? [{ text, words }] : [];
  });
}

/** Internal source codes (S0, G1, R4, F1, P2, L1, A1 …) in a text: none may reach the patient. */
export const sourceCode = /\b[SGRFPLA]\d+\b/;
