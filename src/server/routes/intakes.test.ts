import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, type Answers } from '../../rules';
import legacyIntakes from '../../rules/v1/fixtures.json';
import { buildApp, type App } from '../app';
import { publicConfigSchema } from '../../api/contract';
import { clinicConfigSchema } from '../config';
import { countIntakes, findIntakeByReference } from '../db/intakes';
import { freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { contactFor, newKey, validRequest } from '../testing/requests.testing';

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    intakeRateLimit: 1000,
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/intakes',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey(), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/intakes', () => {
  it("201: stores the answers, contact and the server's own assessment, and answers with a readable reference", async () => {
    const request = validRequest();
    const response = await post(request);
    expect(response.statusCode).toBe(201);
    const receipt = response.json<{ reference: string; verdict: string }>();
    expect(receipt.reference).toMatch(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);
    expect(receipt.verdict).toBe('goodCandidate');
    const stored = await findIntakeByReference(
      database.db.db,
      database.db.vault,
      receipt.reference,
    );
    expect(stored).toMatchObject({
      status: 'new',
      locale: 'en',
      rulesetVersion: '2026.2',
      answers: request.answers,
      contact: request.contact,
      assessment: assess(request.answers),
    });
  });

  it('ignores any assessment the client sends: the body is refused, nothing stored', async () => {
    const before = await countIntakes(database.db.db);
    const response = await post({ ...validRequest(), assessment: { verdict: 'goodCandidate' } });
    expect(response.statusCode).toBe(400);
    expect(await countIntakes(database.db.db)).toBe(before);
  });

  it('replays the same answer for the same key and body, storing nothing twice', async () => {
    const key = newKey();
    const request = validRequest();
    const first = await post(request, { 'idempotency-key': key });
    const before = await countIntakes(database.db.db);
    const again = await post(request, { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countIntakes(database.db.db)).toBe(before);
  });

  it('reads a key in capitals and a body with its keys reordered as the same request', async () => {
    const key = newKey();
    const request = validRequest();
    const first = await post(request, { 'idempotency-key': key.toUpperCase() });
    const before = await countIntakes(database.db.db);
    const { locale, contact, answers } = request;
    const reordered = await post({ locale, contact, answers }, { 'idempotency-key': key });
    expect(reordered.statusCode).toBe(201);
    expect(reordered.json()).toEqual(first.json());
    expect(await countIntakes(database.db.db)).toBe(before);
  });

  it('422 for the same key with another body', async () => {
    const key = newKey();
    await post(validRequest(), { 'idempotency-key': key });
    const other = await post(
      validRequest((a) => {
        a.painAverage = 7;
      }),
      { 'idempotency-key': key },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json()).toEqual({
      error: { code: 'idempotency_key_reused', message: expect.any(String) },
    });
  });

  it('400 without an Idempotency-Key, and with one that is not a UUID', async () => {
    const missing = await app.inject({
      method: 'POST',
      url: '/api/intakes',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(validRequest()),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('missing_idempotency_key');
    const bad = await post(validRequest(), { 'idempotency-key': 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid_idempotency_key');
  });

  it('400 naming each bad field', async () => {
    const request = validRequest();
    const response = await post({
      ...request,
      answers: { ...request.answers, painAverage: 11, goals: [] },
      contact: { ...request.contact, phone: 'call me', consent: { contact: true, privacy: false } },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { code: string; fields: { path: string }[] } }>();
    expect(error.code).toBe('invalid_request');
    expect(error.fields.map((f) => f.path).sort()).toEqual(
      [
        'answers.goals',
        'answers.painAverage',
        'answers.painWorst',
        'contact.consent.privacy',
        'contact.phone',
      ].sort(),
    );
  });

  it('400 when the date of birth does not match the age', async () => {
    const request = validRequest();
    const response = await post({
      ...request,
      contact: { ...request.contact, dateOfBirth: '1950-05-05' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields).toEqual([
      { path: 'contact.dateOfBirth', message: expect.any(String) },
    ]);
  });

  it('400 unsupported_version for answers of version 1 (a page opened before 2026.2), saying to reload; nothing stored', async () => {
    const before = await countIntakes(database.db.db);
    for (const { answers } of legacyIntakes) {
      const response = await post({ answers, contact: contactFor(answers), locale: 'en' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: 'unsupported_version',
          message:
            'This form was updated. Answers version 1 are no longer accepted; reload the page to answer the current questions.',
          fields: [{ path: 'answers.version', message: expect.stringMatching(/reload the page/) }],
        },
      });
    }
    expect(await countIntakes(database.db.db)).toBe(before);
  });

  it('400 unsupported_version for any version but 2, before any other field is judged', async () => {
    for (const version of [0, 3, '2', null, 2.5, 'x'.repeat(5000)]) {
      const request = validRequest();
      // Otherwise valid version 2 answers, and a second problem the version check comes before.
      const response = await post({
        ...request,
        answers: { ...request.answers, version, painAverage: 11 },
      });
      const { error } = response.json<{ error: { code: string; message: string } }>();
      expect(response.statusCode, String(version).slice(0, 10)).toBe(400);
      expect(error.code).toBe('unsupported_version');
      expect(error.message.length).toBeLessThan(200);
    }
    const missing = validRequest() as { answers: Partial<Answers> };
    delete missing.answers.version;
    const response = await post(missing);
    expect(response.json<{ error: { code: string; fields: unknown } }>().error).toMatchObject({
      code: 'invalid_request',
      fields: [{ path: 'answers.version', message: expect.any(String) }],
    });
  });

  it('422 for emergency answers, which the flow never sends', async () => {
    const response = await post(
      validRequest((a) => {
        a.redFlags = ['bladderBowelChange'];
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('emergency');
  });

  it('422 for fever with a weakened immune system and back pain (infection risk), which the flow never sends', async () => {
    const response = await post(
      validRequest((a) => {
        a.redFlags = ['feverChills'];
        a.history = ['immunosuppressed'];
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('emergency');
  });

  it('stores every answer of version 2 as sent: earlier procedures, imaging, blood thinner kinds, mood', async () => {
    const request = validRequest((a) => {
      a.treatments.injections = 'temporaryRelief';
      a.priorProcedures = [
        { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
        { kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' },
      ];
      a.imaging = 'mriOrCtWithin2Years';
      a.steroidCoursesPast12Months = 2;
      a.history = ['bloodThinners', 'glp1Agonist'];
      a.bloodThinnerKinds = ['doac', 'aspirin'];
      a.mood = { phq2: [2, 1], gad2: [3, 3], selfHarmThoughts: true };
    });
    const response = await post(request);
    expect(response.statusCode).toBe(201);
    const stored = await findIntakeByReference(
      database.db.db,
      database.db.vault,
      response.json<{ reference: string }>().reference,
    );
    expect(stored?.answers).toEqual(request.answers);
    expect(stored?.assessment).toEqual(assess(request.answers));
    expect(stored?.assessment).toMatchObject({
      moodScreen: { phq2: 3, gad2: 6, positive: true, selfHarmThoughts: true },
    });
  });

  it('415 for anything but JSON', async () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await post('answers=1', { 'content-type': contentType });
      expect(response.statusCode, contentType).toBe(415);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(
        'unsupported_media_type',
      );
    }
  });

  it('400 for malformed JSON', async () => {
    const response = await post('{"answers":');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('invalid_json');
  });

  it('413 for a body over 64 KB', async () => {
    const request = validRequest();
    const response = await post({
      ...request,
      contact: { ...request.contact, message: 'x'.repeat(70_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('payload_too_large');
  });

  it('429 past the rate limit for one client address', async () => {
    const limited = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 2,
    });
    const send = () =>
      limited.inject({
        method: 'POST',
        url: '/api/intakes',
        remoteAddress: '203.0.113.9',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        payload: JSON.stringify(validRequest()),
      });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
    expect(third.headers['retry-after']).toBeDefined();
    await limited.close();
  });
});

describe('GET /api/health and /api/config', () => {
  it('reports the database in use', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: 'sqlite' });
  });

  it('shows only the public part of the clinic configuration', async () => {
    const response = await app.inject('/api/config');
    expect(response.json()).toEqual({
      languages: ['en', 'es'],
      brandColor: '#0b5c6b',
      procedures: [
        'epiduralSteroidInjection',
        'facetJointInjection',
        'nerveBlock',
        'spinalCordStimulation',
        'radiofrequencyAblation',
      ],
    });
  });

  it("serves the clinic's phone and opening hours in each language when configured", async () => {
    const configured = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({
        phone: '(732) 555-0100',
        hours: {
          en: 'Monday to Friday, 8 am to 5 pm',
          es: 'De lunes a viernes, de 8 a. m. a 5 p. m.',
        },
        embedOrigins: ['https://www.example-clinic.com'],
      }),
    });
    const response = await configured.inject('/api/config');
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(publicConfigSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      phone: '(732) 555-0100',
      hours: {
        en: 'Monday to Friday, 8 am to 5 pm',
        es: 'De lunes a viernes, de 8 a. m. a 5 p. m.',
      },
    });
    // The embedding origins are the server's business, not the public's.
    expect(body).not.toHaveProperty('embedOrigins');
    await configured.close();
  });

  it('answers unknown addresses with a JSON 404', async () => {
    const response = await app.inject('/api/nothing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('security headers', () => {
  it.each(['/api/health', '/api/config', '/api/nothing'])('on %s', async (url) => {
    const response = await app.inject(url);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the request body', () => {
  it('must be valid UTF-8: broken bytes are refused, not stored as replacement characters', async () => {
    const text = Buffer.from(JSON.stringify(validRequest()));
    const at = text.indexOf('"firstName":"') + 13;
    const body = Buffer.concat([
      text.subarray(0, at),
      Buffer.from([0xff, 0xfe]),
      text.subarray(at),
    ]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/intakes',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid_encoding', message: 'The request body is not valid UTF-8.' },
    });
  });
});
