import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import { freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { validRequest } from '../testing/requests.testing';
import { postIntake, sessionCookie } from '../testing/staff.testing';
import { oddSpellings } from '../testing/spellings.testing';

// Deny by default: no spelling of a staff route's path reaches it without a session. The route
// table is the list of what to try, so a route added later is tried without anyone remembering to.

let database: TestDatabase;
let app: App;
const password = 'my knees ache on the stairs';
const host = 'clinic.test';
const lastName = 'Quillfeatherstone';
let intakeId = '';

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    publicUrl: 'https://selfcheck.clinic.test',
    intakeRateLimit: 1000,
    staffMfa: 'optional',
  });
  await addStaff(database.db.db, { email: 'admin@clinic.example', role: 'admin', password });
  const request = validRequest();
  request.contact.lastName = lastName;
  const created = await postIntake(app, request);
  expect(created.statusCode).toBe(201);
  const row = await database.db.db.selectFrom('intakes').select('id').executeTakeFirstOrThrow();
  intakeId = row.id;
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('staff routes, deny by default', () => {
  it('names every route under /api/staff in the route table, with who may use it', () => {
    const staff = app.routeTable.filter((r) => r.url.startsWith('/api/staff'));
    expect(staff.length).toBeGreaterThanOrEqual(9);
    for (const route of staff)
      expect(['public', 'enrolment', 'staff', 'admin']).toContain(route.access);
    // Public by design, and nothing else.
    expect(
      staff
        .filter((r) => r.access === 'public' && r.method !== 'HEAD')
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/api/staff/login', '/api/staff/login/mfa', '/api/staff/setup']);
    expect(staff.filter((r) => r.access === 'admin').map((r) => r.url)).toContain(
      '/api/staff/audit',
    );
  });

  it('answers no staff route under any spelling of its path without a session', async () => {
    const routes = app.routeTable.filter(
      (r) => r.url.startsWith('/api/staff') && r.access !== 'public',
    );
    let tried = 0;
    for (const route of routes) {
      const path = route.url.replace(':id', intakeId);
      for (const spelling of [path, ...oddSpellings(path)]) {
        for (const cookie of [
          undefined,
          'ipm_staff=forged-token',
          'ipm_staff=%',
          'ipm_staff=%E0%A4%A',
        ]) {
          const response = await app.inject({
            method: route.method as 'GET',
            url: spelling,
            headers: {
              host,
              origin: `https://${host}`,
              'content-type': 'application/json',
              ...(cookie && { cookie }),
            },
            ...(route.method !== 'GET' &&
              route.method !== 'HEAD' && { payload: '{"status":"closed"}' }),
          });
          tried++;
          expect(
            response.statusCode,
            `${route.method} ${spelling} ${cookie ?? ''}`,
          ).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, `${route.method} ${spelling} ${cookie ?? ''}`).toBeLessThan(
            500,
          );
          expect(response.body).not.toContain(lastName);
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
    // The intake was never changed by any of them.
    const row = await database.db.db
      .selectFrom('intakes')
      .select('status')
      .where('id', '=', intakeId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('new');
  });

  it('still answers the canonical path with a session (the check above can fail)', async () => {
    const cookie = await sessionCookie(app, 'admin@clinic.example', password);
    const list = await app.inject({ url: '/api/staff/intakes', headers: { host, cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(lastName);
    // And a percent-encoded spelling with a session is the same route, guarded the same way.
    const encoded = await app.inject({ url: '/api/%73taff/intakes', headers: { host, cookie } });
    expect(encoded.statusCode).toBe(200);
  });

  it("answers a path the router cannot read in the API's own shape and headers, without echoing it", async () => {
    for (const [url, status] of [
      ['/api/staff/me%C0%AF', 400],
      [`/api/staff/intakes/${'%2566'.repeat(40)}`, 414],
    ] as const) {
      const response = await app.inject({ url, headers: { host } });
      expect(response.statusCode, url).toBe(status);
      expect(Object.keys(response.json<object>())).toEqual(['error']);
      expect(response.body).not.toContain('%C0');
      expect(response.body).not.toContain('%2566');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('treats a malformed session cookie as no session (401, never 500)', async () => {
    for (const cookie of [
      'ipm_staff=%',
      'ipm_staff=%zz',
      'ipm_staff=%E0%A4%A',
      'ipm_staff',
      '=;=;ipm_staff=%%%',
    ]) {
      const response = await app.inject({ url: '/api/staff/me', headers: { host, cookie } });
      expect(response.statusCode, cookie).toBe(401);
    }
  });

  it('builds FHIR links from PUBLIC_URL, never from the Host header', async () => {
    const cookie = await sessionCookie(app, 'admin@clinic.example', password);
    const fhir = await app.inject({
      url: `/api/staff/intakes/${intakeId}/fhir`,
      headers: { host: 'evil.example', cookie, 'x-forwarded-host': 'evil.example' },
    });
    expect(fhir.statusCode).toBe(200);
    expect(fhir.body).not.toContain('evil.example');
    expect(fhir.body).toContain('https://selfcheck.clinic.test/');
    const questionnaire = await app.inject({
      url: '/api/fhir/Questionnaire/ipm-candidacy',
      headers: { host: 'evil.example' },
    });
    expect(questionnaire.body).not.toContain('evil.example');
  });
});
