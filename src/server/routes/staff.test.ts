import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import { freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { newKey, validRequest } from '../testing/requests.testing';

let database: TestDatabase;
let app: App;
const password = 'my knees ache on the stairs';
const host = 'clinic.test';

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    intakeRateLimit: 1000,
    staffMfa: 'optional',
  });
  await addStaff(database.db.db, { email: 'admin@clinic.example', role: 'admin', password });
  await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
  await addStaff(database.db.db, { email: 'frontdesk@clinic.example', role: 'staff', password });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

async function signIn(email: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/staff/login',
    headers: { host, origin: `https://${host}` },
    payload: { email, password },
  });
  expect(response.statusCode).toBe(200);
  const cookie = String(response.headers['set-cookie']);
  return { cookie: cookie.split(';')[0] ?? '', raw: cookie };
}

async function submit(edit?: Parameters<typeof validRequest>[0], name?: string) {
  const request = validRequest(edit);
  if (name) request.contact.lastName = name;
  const response = await app.inject({
    method: 'POST',
    url: '/api/intakes',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
    payload: JSON.stringify(request),
  });
  return response.json<{ reference: string }>().reference;
}

describe('the staff API', () => {
  it('refuses every /api/staff route but login and first set-up without a valid session (from the route table)', async () => {
    const staffRoutes = app.routeTable.filter(
      (r) => r.url.startsWith('/api/staff') && r.method !== 'HEAD',
    );
    expect(staffRoutes.length).toBeGreaterThanOrEqual(7);
    for (const route of staffRoutes) {
      // Public by design: signing in, and creating the first administrator with a one-time token.
      if (route.url === '/api/staff/login' || route.url === '/api/staff/setup') continue;
      const url = route.url.replace(':id', '00000000-0000-4000-8000-000000000000');
      for (const cookie of [undefined, 'ipm_staff=forged-token']) {
        const response = await app.inject({
          method: route.method as 'GET',
          url,
          headers: { host, ...(cookie && { cookie }) },
          // The code step of a sign-in is public, but needs the pre-session its password set.
          ...(route.method === 'POST' && { payload: { code: '123456' } }),
        });
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    }
  });

  it('refuses a first set-up without a valid one-time token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/staff/setup',
      headers: { host },
      payload: { token: 'guessed', email: 'x@clinic.example', password },
    });
    expect(response.statusCode).toBe(410);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('setup_link_gone');
  });

  it('signs in with a Secure, HttpOnly, SameSite=Strict cookie, and a new token each time', async () => {
    const first = await signIn('nurse@clinic.example');
    const second = await signIn('nurse@clinic.example');
    expect(first.raw).toMatch(/HttpOnly/);
    expect(first.raw).toMatch(/Secure/);
    expect(first.raw).toMatch(/SameSite=Strict/);
    expect(first.cookie).not.toBe(second.cookie);
    const me = await app.inject({ url: '/api/staff/me', headers: { host, cookie: first.cookie } });
    expect(me.json()).toEqual({
      user: { id: expect.any(String), email: 'nurse@clinic.example', role: 'staff' },
      mfa: { enabled: false, required: false, recoveryCodesLeft: 0 },
    });
  });

  it('logout ends the session', async () => {
    const { cookie } = await signIn('nurse@clinic.example');
    expect(
      (await app.inject({ method: 'POST', url: '/api/staff/logout', headers: { host, cookie } }))
        .statusCode,
    ).toBe(204);
    expect((await app.inject({ url: '/api/staff/me', headers: { host, cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses state-changing requests from another origin', async () => {
    const { cookie } = await signIn('nurse@clinic.example');
    const reference = await submit();
    const list = await app.inject({
      url: `/api/staff/intakes?q=${reference}`,
      headers: { host, cookie },
    });
    const id = list.json<{ items: { id: string }[] }>().items[0]!.id;
    const forged = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { host, cookie, origin: 'https://evil.example' },
      payload: { status: 'closed' },
    });
    expect(forged.statusCode).toBe(403);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/staff/login',
      headers: { host, 'sec-fetch-site': 'cross-site' },
      payload: { email: 'nurse@clinic.example', password },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('locks out a brute force after 5 failures with 423', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/login',
        remoteAddress: `198.51.100.${i}`,
        headers: { host },
        payload: { email: 'frontdesk@clinic.example', password: `wrong guess number ${i}` },
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 423, 423]);
  }, 60_000);

  it('lists urgent first, then newest; filters, searches and pages through every intake; changes status and notes with an audit trail', async () => {
    const { cookie } = await signIn('nurse@clinic.example');
    const good = await submit(undefined, 'Goodwin');
    const urgent = await submit((a) => {
      a.redFlags = ['feverChills'];
    }, 'Urgentson');
    const page1 = await app.inject({
      url: '/api/staff/intakes?limit=2',
      headers: { host, cookie },
    });
    const body1 = page1.json<{
      items: { reference: string; verdict: string }[];
      nextCursor: string | null;
      newCount: number;
    }>();
    expect(body1.items[0]).toMatchObject({ reference: urgent, verdict: 'urgent' });
    expect(body1.newCount).toBeGreaterThanOrEqual(3);
    const seen = [...body1.items.map((i) => i.reference)];
    let cursor = body1.nextCursor;
    while (cursor) {
      const next = await app.inject({
        url: `/api/staff/intakes?limit=2&cursor=${cursor}`,
        headers: { host, cookie },
      });
      const body = next.json<{ items: { reference: string }[]; nextCursor: string | null }>();
      seen.push(...body.items.map((i) => i.reference));
      cursor = body.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(good);
    const search = await app.inject({
      url: '/api/staff/intakes?q=GOODWIN',
      headers: { host, cookie },
    });
    const found = search.json<{ items: { id: string; reference: string }[] }>().items;
    expect(found.map((i) => i.reference)).toEqual([good]);

    const id = found[0]!.id;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { host, cookie, origin: `https://${host}` },
      payload: { status: 'contacted', note: 'Left a voicemail.' },
    });
    expect(patch.statusCode).toBe(200);
    const detail = await app.inject({ url: `/api/staff/intakes/${id}`, headers: { host, cookie } });
    expect(detail.json()).toMatchObject({
      status: 'contacted',
      notes: [{ author: 'nurse@clinic.example', body: 'Left a voicemail.' }],
    });
    const today = new Date().toISOString().slice(0, 10);
    const byDate = await app.inject({
      url: `/api/staff/intakes?from=${today}&to=${today}&q=goodwin`,
      headers: { host, cookie },
    });
    expect(byDate.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([id]);
    const before = await app.inject({
      url: '/api/staff/intakes?to=2000-01-01',
      headers: { host, cookie },
    });
    expect(before.json<{ items: unknown[] }>().items).toEqual([]);
    const badDate = await app.inject({
      url: '/api/staff/intakes?from=yesterday',
      headers: { host, cookie },
    });
    expect(badDate.statusCode).toBe(400);
    const filtered = await app.inject({
      url: '/api/staff/intakes?status=contacted',
      headers: { host, cookie },
    });
    expect(filtered.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([id]);

    const forStaff = await app.inject({ url: '/api/staff/audit', headers: { host, cookie } });
    expect(forStaff.statusCode).toBe(403);
    const admin = await signIn('admin@clinic.example');
    const log = await app.inject({
      url: '/api/staff/audit',
      headers: { host, cookie: admin.cookie },
    });
    const actions = log.json<{
      items: {
        action: string;
        actorEmail: string;
        intake: { id: string; reference: string } | null;
        detail: string;
      }[];
    }>().items;
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'changeStatus',
          actorEmail: 'nurse@clinic.example',
          intake: { id, reference: good },
          detail: 'new → contacted',
        }),
        expect.objectContaining({ action: 'addNote', intake: { id, reference: good } }),
        expect.objectContaining({ action: 'viewIntake', intake: { id, reference: good } }),
        expect.objectContaining({ action: 'loginFailed' }),
        expect.objectContaining({ action: 'login', actorEmail: 'admin@clinic.example' }),
      ]),
    );
    expect(JSON.stringify(actions)).not.toMatch(/Left a voicemail|Goodwin|Rosa/);
  });
});
