import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import type { Answers } from './answers';
import { nonEmergencyAnswers } from './arbitraries.testing';
import { cautionQuotes, expectationQuotes, generalRiskQuotes, procedureQuotes } from './citations';
import { clinicArticle, sourceIds, sources } from './sources';

const article = readFileSync(
  fileURLToPath(new URL('./clinic-article.txt', import.meta.url)),
  'utf8',
);
const sharedSeed = fileURLToPath(
  new URL('../../../shared/seeds/000_f79801c5f03520fb.txt', import.meta.url),
);

/** The value a reason's answer path points at, or undefined if the path is not a real answer. */
function resolve(answers: Answers, path: string): unknown {
  const [fieldPath = '', member] = path.split(':');
  let value: unknown = answers;
  for (const key of fieldPath.split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (member === undefined) return value;
  if (!Array.isArray(value)) return undefined;
  // A list of choices holds the member; a list of earlier procedures holds one of that kind.
  return value.includes(member) ||
    value.some((item) => (item as { kind?: unknown }).kind === member)
    ? member
    : undefined;
}

describe('the source registry', () => {
  it('has one entry per source id, keyed by its id', () => {
    expect(Object.keys(sources).sort()).toEqual([...sourceIds].sort());
    for (const [id, source] of Object.entries(sources)) expect(source.id).toBe(id);
  });

  it('quotes every passage of the clinic article verbatim', () => {
    for (const [key, passage] of Object.entries(clinicArticle)) {
      expect(article.includes(passage), `passage ${key}`).toBe(true);
    }
  });

  it('keeps the bundled article identical to the clinic seed, when the seed is beside the repo', () => {
    if (!existsSync(sharedSeed)) return;
    expect(article).toBe(readFileSync(sharedSeed, 'utf8'));
  });

  it('gives external sources a title and a URL or a citation', () => {
    for (const source of Object.values(sources)) {
      expect(source.title.length).toBeGreaterThan(10);
      if (source.id !== 'S0') expect(source.url ?? source.citation).toBeTruthy();
    }
  });

  it('quotes the article for every procedure, and only passages that exist', () => {
    const quoted = [
      ...Object.values(procedureQuotes),
      ...Object.values(cautionQuotes),
      ...Object.values(expectationQuotes),
      ...generalRiskQuotes,
    ];
    for (const key of quoted) expect(clinicArticle).toHaveProperty(key);
  });
});

describe('every reason', () => {
  it('cites a known source and points at an answer that was given', () => {
    let reasonsChecked = 0;
    const problems: string[] = [];
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        const result = assess(answers);
        for (const item of [...result.procedures, ...result.cautions, ...result.expectations]) {
          if (item.reasons.length === 0) problems.push(`${item.id} has no reason`);
          for (const reason of item.reasons) {
            reasonsChecked++;
            if (!(sourceIds as readonly string[]).includes(reason.source)) {
              problems.push(`${item.id}: unknown source ${reason.source}`);
            }
            if (resolve(answers, reason.answer) === undefined) {
              problems.push(`${item.id}: ${reason.answer} is not an answer given`);
            }
          }
        }
      }),
      { numRuns: 2_000 },
    );
    expect(problems).toEqual([]);
    expect(reasonsChecked).toBeGreaterThan(10_000);
  });

  it('cites only the sources CLINICAL names for that procedure', () => {
    const allowed: Record<string, string[]> = {
      epiduralSteroidInjection: ['S0', 'G1', 'L1'],
      // NICE NG59 advises against facet injections for low back pain: never cited here.
      facetJointInjection: ['S0'],
      radiofrequencyAblation: ['S0', 'G1', 'G8'],
      nerveBlock: ['S0', 'G7', 'G8'],
      spinalCordStimulation: ['S0', 'G2', 'G10'],
    };
    fc.assert(
      fc.property(nonEmergencyAnswers, (answers) => {
        for (const procedure of assess(answers).procedures) {
          for (const reason of procedure.reasons) {
            expect(allowed[procedure.id]).toContain(reason.source);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
