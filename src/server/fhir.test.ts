import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntakeRecord } from '../api/contract';
import {
  assess,
  bloodThinnerKinds,
  cautionIds,
  historyItems,
  redFlags,
  verdictReasons,
} from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { answersWith } from '../rules/examples.testing';
import { cautionIdsV1, historyItemsV1, redFlagsV1 } from '../rules/v1';
import legacyIntakes from '../rules/v1/fixtures.json';
import { fhirErrors, linkIdsOf, loadFhirValidator, mismatches } from './testing/fhir.testing';
import { contactFor } from './testing/requests.testing';
import { questionnaire, questionnaireBundle, questionnaireResponse } from './fhir';

// Validated with a real FHIR R4 validator (see testing/fhir.testing.ts), and checked against the
// Questionnaire of the ruleset each response answers.

beforeAll(loadFhirValidator, 60_000);

const base = 'https://clinic.example';
const current = questionnaire(base);
const earlier = questionnaire(base, '2026.1');

/** The codes a Questionnaire offers for one item. */
function optionsOf(resource: { item: unknown[] }, linkId: string): string[] {
  type Q = { linkId: string; answerOption?: { valueCoding: { code: string } }[]; item?: Q[] };
  const find = (items: Q[]): Q | undefined =>
    items.reduce<Q | undefined>(
      (found, i) => found ?? (i.linkId === linkId ? i : find(i.item ?? [])),
      undefined,
    );
  return (find(resource.item as Q[])?.answerOption ?? []).map((o) => o.valueCoding.code);
}

const responseFor = (record: IntakeRecord) =>
  questionnaireResponse(
    {
      id: '7d1c1b0e-9a51-4d0e-8f5e-2f1f2a3b4c5d',
      reference: 'K7M-4Q2',
      createdAt: '2026-11-28T10:00:00.000Z',
      contact: contactFor(record.answers),
      ...record,
    },
    base,
  );

const v2Only = [
  'priorProcedures',
  'priorProcedures.kind',
  'priorProcedures.relief',
  'priorProcedures.lasted',
  'imaging',
  'steroidCoursesPast12Months',
  'bloodThinnerKinds',
  'mood',
  'mood.phq2.0',
  'mood.phq2.1',
  'mood.gad2.0',
  'mood.gad2.1',
  'mood.selfHarmThoughts',
  'assessment.verdictBecause',
  'assessment.moodScreen',
  'assessment.moodScreen.phq2',
  'assessment.moodScreen.gad2',
  'assessment.moodScreen.positive',
  'assessment.moodScreen.selfHarmThoughts',
];

describe('FHIR R4 Questionnaires, one per ruleset under one canonical URL', () => {
  it('2026.2 (current) is valid, and asks every answer of version 2 with its codes', () => {
    expect(fhirErrors(current)).toEqual([]);
    console.log(
      `FHIR validator (@medplum/core validateResource): Questionnaire 2026.2 valid, ${fhirErrors(current).length} errors`,
    );
    expect(current).toMatchObject({
      id: 'ipm-candidacy',
      url: `${base}/api/fhir/Questionnaire/ipm-candidacy`,
      version: '2026.2',
      status: 'active',
    });
    const linkIds = linkIdsOf(current);
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
      ...v2Only,
    ])
      expect(linkIds).toContain(field);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    expect(optionsOf(current, 'redFlags')).toEqual([...redFlags]);
    expect(optionsOf(current, 'history')).toEqual([...historyItems]);
    expect(optionsOf(current, 'bloodThinnerKinds')).toEqual([...bloodThinnerKinds]);
    expect(optionsOf(current, 'assessment.cautions')).toEqual([...cautionIds]);
    expect(optionsOf(current, 'assessment.verdictBecause')).toEqual([...verdictReasons]);
    expect(optionsOf(current, 'priorProcedures.kind')).toContain('facetOrMedialBranchBlock');
  });

  it('2026.1 stays available, valid, built from the version-1 enumerations, without the new items', () => {
    expect(fhirErrors(earlier)).toEqual([]);
    expect(earlier).toMatchObject({
      id: 'ipm-candidacy-2026.1',
      url: current.url,
      version: '2026.1',
      status: 'retired',
    });
    const linkIds = linkIdsOf(earlier);
    for (const field of v2Only) expect(linkIds).not.toContain(field);
    expect(optionsOf(earlier, 'redFlags')).toEqual([...redFlagsV1]);
    expect(optionsOf(earlier, 'history')).toEqual([...historyItemsV1]);
    expect(optionsOf(earlier, 'assessment.cautions')).toEqual([...cautionIdsV1]);
    expect(optionsOf(earlier, 'assessment.expectations')).toContain('stimulationTimeline');
  });

  it('a search Bundle of both is valid FHIR', () => {
    const bundle = questionnaireBundle(base, `${base}/api/fhir/Questionnaire`, [
      '2026.2',
      '2026.1',
    ]);
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.fullUrl)).toEqual([
      `${base}/api/fhir/Questionnaire/ipm-candidacy`,
      `${base}/api/fhir/Questionnaire/ipm-candidacy-2026.1`,
    ]);
  });
});

describe('FHIR R4 QuestionnaireResponses', () => {
  it('every response of generated version-2 intakes is valid FHIR R4 and answers the 2026.2 Questionnaire', () => {
    let validated = 0;
    fc.assert(
      fc.property(
        answersArbitrary({ redFlags: fc.constantFrom([], ['nightPain'] as const) as never }),
        (answers) => {
          const assessment = assess(answers);
          const resource = responseFor({ rulesetVersion: '2026.2', answers, assessment });
          expect(fhirErrors(resource)).toEqual([]);
          expect(mismatches(resource, current)).toEqual([]);
          expect(resource.questionnaire).toBe(`${current.url}|2026.2`);
          expect(JSON.stringify(resource)).toContain(`"code":"${assessment.verdict}"`);
          validated++;
        },
      ),
      { numRuns: 200 },
    );
    expect(validated).toBe(200);
  });

  it('carries earlier procedures as a repeating group, imaging, blood thinner kinds, mood scores and the mood screen', () => {
    const answers = answersWith((a) => {
      a.treatments.injections = 'temporaryRelief';
      a.priorProcedures = [
        { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
        { kind: 'radiofrequencyAblation', relief: 'none', lasted: 'underOneDay' },
      ];
      a.imaging = 'mriOrCtOlder';
      a.steroidCoursesPast12Months = 3;
      a.history = ['bloodThinners'];
      a.bloodThinnerKinds = ['warfarin', 'unsure'];
      a.mood = { phq2: [3, 1], gad2: [0, 2], selfHarmThoughts: true };
    });
    const resource = responseFor({
      rulesetVersion: '2026.2',
      answers,
      assessment: assess(answers),
    });
    expect(fhirErrors(resource)).toEqual([]);
    expect(mismatches(resource, current)).toEqual([]);
    const items = resource.item as { linkId: string; item?: unknown[]; answer?: unknown[] }[];
    const procedures = items.filter((i) => i.linkId === 'priorProcedures');
    expect(procedures).toHaveLength(2);
    expect(JSON.stringify(procedures[0])).toMatch(
      /"code":"epidural".*"code":"50to79".*"code":"daysToWeeks"/,
    );
    expect(items.find((i) => i.linkId === 'bloodThinnerKinds')?.answer).toHaveLength(2);
    const mood = JSON.stringify(items.find((i) => i.linkId === 'mood'));
    expect(mood).toContain('{"linkId":"mood.phq2.0","answer":[{"valueInteger":3}]}');
    expect(mood).toContain('{"linkId":"mood.selfHarmThoughts","answer":[{"valueBoolean":true}]}');
    const assessment = JSON.stringify(items.find((i) => i.linkId === 'assessment'));
    expect(assessment).toContain('"linkId":"assessment.verdictBecause"');
    expect(assessment).toContain(
      '{"linkId":"assessment.moodScreen.phq2","answer":[{"valueInteger":4}]}',
    );
    // The clinician's summary is the narrative, in clinical words, drug class included.
    const div = resource.text.div;
    expect(div).toMatch(/^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>SAME-DAY CALL/);
    expect(div).toContain(
      'Blood thinners: vitamin K antagonist (warfarin), anticoagulant or antiplatelet, class not known',
    );
    expect(div).toContain('Radiofrequency ablation: no relief, lasting under a day');
  });

  it.each(legacyIntakes.map((fixture, i) => [i, fixture] as const))(
    'stored 2026.1 intake %i: valid, answers the 2026.1 Questionnaire, its own assessment unchanged',
    (_i, fixture) => {
      const record = fixture as unknown as Extract<IntakeRecord, { rulesetVersion: '2026.1' }>;
      const resource = responseFor({ ...record, rulesetVersion: '2026.1' });
      expect(fhirErrors(resource)).toEqual([]);
      expect(mismatches(resource, earlier)).toEqual([]);
      expect(resource.questionnaire).toBe(`${current.url}|2026.1`);
      const text = JSON.stringify(resource);
      expect(text).toContain('{"valueString":"2026.1"}');
      expect(text).toContain(`"code":"${record.assessment.verdict}"`);
      for (const p of record.assessment.procedures)
        expect(text).toContain(`"display":"${p.id} (${p.fit} fit)"`);
      for (const c of record.assessment.cautions)
        expect(text).toContain(`"display":"${c.id} (${c.severity})"`);
      expect(text).not.toMatch(/verdictBecause|moodScreen|"mood"|priorProcedures|imaging/);
    },
  );

  // Each a real resource of ours with one thing broken; the validator must name it.
  type Item = { linkId?: string; type?: string; repeats?: unknown; answer?: unknown[] };
  type Json = {
    item: [Item, ...Item[]];
    contained: [{ birthDate?: string }];
    [k: string]: unknown;
  };
  const someAnswers = answersWith(() => {});
  const aResponse = () =>
    JSON.parse(
      JSON.stringify(
        responseFor({
          rulesetVersion: '2026.2',
          answers: someAnswers,
          assessment: assess(someAnswers),
        }),
      ),
    ) as Json;
  const aQuestionnaire = () => JSON.parse(JSON.stringify(current)) as Json;
  const edited = (resource: Json, edit: (resource: Json) => void) => (edit(resource), resource);
  it.each<[string, () => Json, string]>([
    ['an unknown property', () => ({ ...aResponse(), note: 'x' }), 'note'],
    ['a missing required status', () => ({ ...aResponse(), status: undefined }), 'status'],
    [
      'authored that is not a dateTime',
      () => ({ ...aResponse(), authored: 'yesterday' }),
      'authored',
    ],
    [
      'a decimal in valueInteger',
      () => edited(aResponse(), (r) => (r.item[0].answer = [{ valueInteger: 1.5 }])),
      'item[0].answer[0].value',
    ],
    [
      'an answer with no known value[x]',
      () => edited(aResponse(), (r) => (r.item[0].answer = [{ valueNumber: 1 }])),
      'valueNumber',
    ],
    ['an item without linkId', () => edited(aResponse(), (r) => delete r.item[0].linkId), 'linkId'],
    [
      'a contained Patient with a day-first birthDate',
      () => edited(aResponse(), (r) => (r.contained[0].birthDate = '28/11/1970')),
      'birthDate',
    ],
    [
      'a Questionnaire item without type',
      () => edited(aQuestionnaire(), (q) => delete q.item[0].type),
      'type',
    ],
    [
      'a Questionnaire with repeats as a string',
      () => edited(aQuestionnaire(), (q) => (q.item[0].repeats = 'true')),
      'repeats',
    ],
  ])('the validator refuses one of our resources with %s', (_name, broken, where) => {
    const errors = fhirErrors(broken());
    expect(errors).not.toEqual([]);
    expect(errors.join('\n')).toContain(where);
  });

  it('the checks refuse a broken resource and a response that does not answer its questionnaire (so the tests above can fail)', () => {
    expect(
      fhirErrors({
        resourceType: 'QuestionnaireResponse',
        status: 'not-a-status',
        item: [{ answer: [] }],
      }),
    ).not.toEqual([]);
    const answers = answersWith((a) => {
      a.history = ['bloodThinners', 'glp1Agonist'];
      a.bloodThinnerKinds = ['doac'];
    });
    const v2 = responseFor({ rulesetVersion: '2026.2', answers, assessment: assess(answers) });
    // A version-2 response read against 2026.1: new items and codes it does not know.
    expect(mismatches(v2, earlier)).toEqual(
      expect.arrayContaining([
        'imaging: not in the questionnaire',
        'history: glp1Agonist is not one of its options',
        'bloodThinnerKinds: not in the questionnaire',
      ]),
    );
    const reordered = { ...v2, item: [...v2.item].reverse() };
    expect(mismatches(reordered, current).join('\n')).toMatch(/out of the questionnaire's order/);
  });
});
