import { clinicalSummary } from '../../api/clinical-summary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { fhirErrors, loadFhirValidator, mismatches } from '../testing/fhir.testing';
import { legacyRecords, storeLegacyIntake, type LegacyIntake } from '../testing/legacy.testing';
import { sessionCookie, postIntake } from '../testing/staff.testing';
import { validRequest } from '../testing/requests.testing';

// CLINICAL section 0: intakes stored under ruleset 2026.1 (answers version 1) stay exactly as
// stored and are never re-assessed; the staff list and detail, the CSV export and FHIR show them
// as they are, labelled 2026.1, beside intakes of 2026.2. Run on every database this machine has.

const publicUrl = 'https://selfcheck.clinic.test';
const canonical = `${publicUrl}/api/fhir/Questionnaire/ipm-candidacy`;
const host = 'selfcheck.clinic.test';
const password = 'the stairs are the worst part';

beforeAll(loadFhirValidator, 60_000);

describe.each(dialects)('intakes stored by ruleset 2026.1, on %s', (kind) => {
  let database: TestDatabase;
  let app: App;
  let cookie: string;
  let legacy: LegacyIntake[];
  let currentReference: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
      publicUrl,
    });
    legacy = [];
    for (const [i, record] of legacyRecords.entries()) {
      legacy.push(
        await storeLegacyIntake(database.db, record, {
          reference: `OLD-${i + 1}AA`,
          createdAt: `2026-10-0${i + 1}T09:00:00.000Z`,
          lastName: `Legacy${i + 1}`,
        }),
      );
    }
    const sent = await postIntake(app, validRequest());
    expect(sent.statusCode).toBe(201);
    currentReference = sent.json<{ reference: string }>().reference;
    await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
    cookie = await sessionCookie(app, 'nurse@clinic.example', password);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const get = (url: string) => app.inject({ url, headers: { host, cookie } });

  it('the list shows them beside 2026.2 intakes, each with its ruleset, the urgent one first', async () => {
    const response = await get('/api/staff/intakes?limit=100');
    expect(response.statusCode).toBe(200);
    const items = response.json<{
      items: { reference: string; verdict: string; rulesetVersion: string }[];
    }>().items;
    expect(
      items.map(({ reference, verdict, rulesetVersion }) => ({
        reference,
        verdict,
        rulesetVersion,
      })),
    ).toEqual([
      { reference: 'OLD-2AA', verdict: 'urgent', rulesetVersion: '2026.1' },
      { reference: currentReference, verdict: 'goodCandidate', rulesetVersion: '2026.2' },
      { reference: 'OLD-3AA', verdict: 'goodCandidate', rulesetVersion: '2026.1' },
      { reference: 'OLD-1AA', verdict: 'goodCandidate', rulesetVersion: '2026.1' },
    ]);
  });

  it('the detail shows the answers and the 2026.1 assessment exactly as stored', async () => {
    for (const intake of legacy) {
      const response = await get(`/api/staff/intakes/${intake.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id: intake.id,
        reference: intake.reference,
        createdAt: intake.createdAt,
        verdict: intake.record.assessment.verdict,
        status: 'new',
        locale: 'en',
        rulesetVersion: '2026.1',
        answers: intake.record.answers,
        contact: intake.contact,
        assessment: intake.record.assessment,
        summary: clinicalSummary(intake.record),
        sameDayCall: false,
        outreachRecorded: false,
        notes: [],
      });
      // Nothing of 2026.2 was added to it.
      expect(response.body).not.toMatch(/verdictBecause|moodScreen/);
    }
  });

  it('the CSV export lists them with ruleset 2026.1 and their stored procedures and cautions', async () => {
    const response = await get('/api/staff/intakes.csv');
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFF"Reference"')).toBe(true);
    const [header, ...lines] = response.body.slice(1).trim().split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(columns).toContain('"Ruleset"');
    const cell = (line: string, name: string) =>
      line.match(/"(?:[^"]|"")*"/g)?.[columns.indexOf(`"${name}"`)]?.slice(1, -1);
    for (const intake of legacy) {
      const line = lines.find((l) => l.startsWith(`"${intake.reference}"`));
      expect(line, intake.reference).toBeDefined();
      const summary = clinicalSummary(intake.record);
      expect(cell(line!, 'Ruleset')).toBe('2026.1');
      expect(cell(line!, 'Verdict')).toBe(summary.verdict);
      expect(cell(line!, 'Procedures')).toBe(
        summary.procedures.map((p) => `${p.name} (${p.fit})`).join('; ') || 'None matched',
      );
      expect(cell(line!, 'Cautions')).toBe(summary.cautions.map((c) => c.text).join(' '));
      expect(cell(line!, 'Mood screen')).toBe('not asked (ruleset 2026.1)');
    }
    const current = lines.find((l) => l.startsWith(`"${currentReference}"`));
    expect(cell(current!, 'Ruleset')).toBe('2026.2');
  });

  it('the FHIR export points to Questionnaire 2026.1, is valid R4, and answers that Questionnaire', async () => {
    const earlier = await app.inject(`/api/fhir/Questionnaire/ipm-candidacy?version=2026.1`);
    expect(earlier.statusCode).toBe(200);
    const questionnaire = earlier.json<{ version: string; item: unknown[] }>();
    expect(questionnaire.version).toBe('2026.1');
    for (const intake of legacy) {
      const response = await get(`/api/staff/intakes/${intake.id}/fhir`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/fhir+json');
      const resource = response.json<{ questionnaire: string; item: unknown[] }>();
      expect(resource.questionnaire).toBe(`${canonical}|2026.1`);
      expect(fhirErrors(resource)).toEqual([]);
      expect(mismatches(resource, questionnaire)).toEqual([]);
      expect(response.body).toContain(`"code":"${intake.record.assessment.verdict}"`);
    }
  });

  it('staff can still work them (status, notes), and the stored answers and assessment never change', async () => {
    const [first] = legacy;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${first!.id}`,
      headers: { host, cookie, origin: publicUrl },
      payload: { status: 'contacted', note: 'Called back about the 2026.1 request.' },
    });
    expect(patch.statusCode).toBe(200);
    const rows = await database.db.db
      .selectFrom('intakes')
      .selectAll()
      .where('reference', 'like', 'OLD-%')
      .orderBy('reference')
      .execute();
    expect(rows).toEqual(
      legacy.map((intake, i) => ({
        ...intake.rows.intake,
        status: i === 0 ? 'contacted' : 'new',
      })),
    );
  });
});

describe('the FHIR Questionnaire routes (public)', () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}), publicUrl });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const version = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const body = response.json<{ id: string; url: string; version: string }>();
    expect(body.url).toBe(canonical);
    return `${body.id} ${body.version}`;
  };

  it('reads the current one by its id, and the earlier one by version or by its own id', async () => {
    expect(await version('/api/fhir/Questionnaire/ipm-candidacy')).toBe('ipm-candidacy 2026.2');
    expect(await version('/api/fhir/Questionnaire/ipm-candidacy?version=2026.2')).toBe(
      'ipm-candidacy 2026.2',
    );
    expect(await version('/api/fhir/Questionnaire/ipm-candidacy?version=2026.1')).toBe(
      'ipm-candidacy-2026.1 2026.1',
    );
    expect(await version('/api/fhir/Questionnaire/ipm-candidacy-2026.1')).toBe(
      'ipm-candidacy-2026.1 2026.1',
    );
    for (const url of [
      '/api/fhir/Questionnaire/ipm-candidacy?version=2025.9',
      '/api/fhir/Questionnaire/ipm-candidacy-2026.1?version=2026.1',
      '/api/fhir/Questionnaire/other',
    ]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('not_found');
    }
  });

  it('finds them by canonical URL and version (FHIR search), as a valid searchset Bundle', async () => {
    const search = async (query: string) => {
      const response = await app.inject(`/api/fhir/Questionnaire?${query}`);
      expect(response.statusCode, query).toBe(200);
      const bundle = response.json<{
        type: string;
        total: number;
        entry: { resource: { version: string } }[];
      }>();
      expect(fhirErrors(bundle), query).toEqual([]);
      expect(bundle.type).toBe('searchset');
      return bundle.entry.map((e) => e.resource.version);
    };
    const url = encodeURIComponent(canonical);
    expect(await search(`url=${url}`)).toEqual(['2026.2', '2026.1']);
    expect(await search(`url=${url}&version=2026.1`)).toEqual(['2026.1']);
    expect(await search(`url=${url}${encodeURIComponent('|2026.1')}`)).toEqual(['2026.1']);
    expect(await search('version=2026.2')).toEqual(['2026.2']);
    expect(await search(`url=${encodeURIComponent('https://elsewhere.example/q')}`)).toEqual([]);
  });
});
