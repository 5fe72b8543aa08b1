import { describe, expect, it } from 'vitest';
import type { FullCatalogue as Catalogue } from './catalogue';
import { enFull as en } from './full';
import { esFull as es } from './full';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

// Words that are the same in both languages.
const sameInBoth = new Set([
  'app.no',
  // A Spanish button on both: 988's Spanish text line.
  'crisis.textSpanish',
  'steps.knee.diagnoses.options.bursitis',
  'steps.nerve.cause.options.diabetes',
]);

describe('the catalogue', () => {
  it('has the same texts in English and Spanish, none empty', () => {
    const english = leaves(en);
    const spanish = new Map(leaves(es));
    expect([...spanish.keys()].sort()).toEqual(english.map(([path]) => path).sort());
    for (const [path, text] of [...english, ...spanish]) {
      if (typeof text === 'string') expect(text.trim(), path).not.toBe('');
      else expect(typeof text, path).toBe('function');
    }
  });

  it('translates every Spanish text (no English left behind)', () => {
    const spanish = new Map(leaves(es));
    const untranslated = leaves(en)
      .filter(
        ([path, text]) =>
          typeof text === 'string' && spanish.get(path) === text && !sameInBoth.has(path),
      )
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('makes a missing translation a type error', () => {
    // @ts-expect-error a language without the nerve block's name does not compile
    const missing: Catalogue['result']['procedures'] = {
      epiduralSteroidInjection: es.result.procedures.epiduralSteroidInjection,
      facetJointInjection: es.result.procedures.facetJointInjection,
      spinalCordStimulation: es.result.procedures.spinalCordStimulation,
      radiofrequencyAblation: es.result.procedures.radiofrequencyAblation,
    };
    expect(Object.keys(missing)).toHaveLength(4);
  });

  it('formats counts in each language', () => {
    expect(en.app.partOf(2, 5, en.app.sections.where)).toBe('Part 2 of 5: Where it hurts');
    expect(es.app.partOf(2, 5, es.app.sections.where)).toBe('Parte 2 de 5: Dónde le duele');
  });
});
