import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import {
  dialects,
  freshDatabase,
  intakeIdByName,
  type TestDatabase,
} from '../testing/databases.testing';
import { validRequest } from '../testing/requests.testing';
import { postIntake, sessionCookie } from '../testing/staff.testing';

// Triage as CLINICAL section 5 asks: a self-harm "yes" is never lost in a queue. It sorts above
// everything, and it cannot be closed until a note records the clinician's call.

const password = 'my knees ache on the stairs';
const host = 'clinic.test';

describe.each(dialects)('triage on %s', (dialect) => {
  let database: TestDatabase;
  let app: App;
  let cookie: string;
  const ids: Record<string, string> = {};

  const send = (method: 'GET' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { host, cookie, ...(payload !== undefined && { origin: `https://${host}` }) },
      ...(payload !== undefined && { payload: payload as object }),
    });

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
    });
    await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
    cookie = await sessionCookie(app, 'nurse@clinic.example', password);
    const cases = {
      // A good candidate by the rules, with thoughts of self-harm.
      selfHarm: validRequest(
        (a) => (a.mood = { phq2: [1, 1], gad2: [0, 0], selfHarmThoughts: true }),
      ),
      urgent: validRequest((a) => (a.redFlags = ['nightPain'])),
      routine: validRequest(),
    };
    for (const [name, request] of Object.entries(cases)) {
      request.contact.lastName = name;
      request.contact.message = `Please call after 3 — ${name}`;
      const response = await postIntake(app, request);
      expect(response.statusCode).toBe(201);
    }
    const list = await send('GET', '/api/staff/intakes');
    for (const item of list.json<{ items: { id: string; name: string }[] }>().items)
      ids[item.name.split(' ').at(-1) ?? ''] = item.id;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('lists a self-harm "yes" first whatever its verdict, then urgent, with phone, age and warning signs', async () => {
    const response = await send('GET', '/api/staff/intakes');
    const items = response.json<{
      items: {
        name: string;
        verdict: string;
        sameDayCall: boolean;
        phone: string;
        age: number;
        warningSigns: string[];
      }[];
    }>().items;
    expect(items.map((i) => i.name.split(' ').at(-1))).toEqual(['selfHarm', 'urgent', 'routine']);
    expect(items[0]).toMatchObject({ verdict: 'goodCandidate', sameDayCall: true });
    expect(items[1]).toMatchObject({
      verdict: 'urgent',
      sameDayCall: false,
      warningSigns: ['night pain'],
    });
    expect(items[2]?.warningSigns).toEqual([]);
    expect(items[2]?.phone).toMatch(/\d/);
    expect(items[2]?.age).toBe(validRequest().answers.age);
  });

  it('the detail carries the clinician summary and asks for the same-day call', async () => {
    const detail = await send('GET', `/api/staff/intakes/${ids.selfHarm}`);
    expect(detail.json()).toMatchObject({
      sameDayCall: true,
      outreachRecorded: false,
      summary: { sameDayCall: true, verdict: 'Good candidate' },
    });
    const routine = await send('GET', `/api/staff/intakes/${ids.routine}`);
    expect(routine.json()).toMatchObject({ sameDayCall: false, summary: { warningSigns: [] } });
  });

  it('refuses to close a self-harm intake before an outreach note exists, with a clear 409', async () => {
    const url = `/api/staff/intakes/${ids.selfHarm}`;
    const closing = await send('PATCH', url, { status: 'closed' });
    expect(closing.statusCode).toBe(409);
    expect(closing.json()).toMatchObject({
      error: { code: 'outreach_required', message: expect.stringContaining('outreach record') },
    });
    // An ordinary note is not the outreach record.
    expect((await send('PATCH', url, { note: 'Left a voicemail.' })).statusCode).toBe(200);
    expect((await send('PATCH', url, { status: 'closed' })).statusCode).toBe(409);
    // Nothing of a refused request is kept: a note sent with the refused close is not written.
    expect((await send('PATCH', url, { status: 'closed', note: 'Closing.' })).statusCode).toBe(409);
    const notes = (await send('GET', url)).json<{ notes: { body: string }[]; status: string }>();
    expect(notes.notes.map((n) => n.body)).toEqual(['Left a voicemail.']);
    expect(notes.status).toBe('new');
    // A note that shows nothing (a Braille blank, a joiner, a lone accent) records nothing.
    for (const invisible of ['\u2800', '\u200c\u200d', '\u0301', '\ufe0f'])
      expect(
        (await send('PATCH', url, { note: invisible, outreach: true, status: 'closed' })).json(),
      ).toMatchObject({
        error: { message: 'The note shows nothing: write what was done, in words.' },
      });
    // An outreach flag needs a note to be the record.
    expect((await send('PATCH', url, { outreach: true, status: 'closed' })).statusCode).toBe(400);
  });

  it('closes once the note is marked as the outreach record, in the same request too', async () => {
    const url = `/api/staff/intakes/${ids.selfHarm}`;
    const response = await send('PATCH', url, {
      note: 'Called at 14:10; safe, seeing their GP tomorrow; 988 discussed.',
      outreach: true,
      status: 'closed',
    });
    expect(response.statusCode).toBe(200);
    const detail = (await send('GET', url)).json<{
      status: string;
      outreachRecorded: boolean;
      notes: { outreach: boolean }[];
    }>();
    expect(detail.status).toBe('closed');
    expect(detail.outreachRecorded).toBe(true);
    // The call made, the intake leaves the top for its verdict's place (good candidates, newest
    // first: the routine one came later), still marked.
    const list = await send('GET', '/api/staff/intakes');
    const items = list.json<{
      items: { name: string; sameDayCall: boolean; outreachRecorded: boolean }[];
    }>().items;
    expect(items.map((i) => i.name.split(' ').at(-1))).toEqual(['urgent', 'routine', 'selfHarm']);
    expect(items[2]).toMatchObject({ sameDayCall: false, outreachRecorded: true });
    expect(detail.notes.map((n) => n.outreach)).toEqual([false, true]);
    // Other intakes close as before.
    expect(
      (await send('PATCH', `/api/staff/intakes/${ids.routine}`, { status: 'closed' })).statusCode,
    ).toBe(200);
  });

  it('ten people closing at once make one change: one audit entry, from the status it had', async () => {
    const request = validRequest();
    request.contact.lastName = 'race';
    await postIntake(app, request);
    const id = await intakeIdByName(database.db, 'race');
    const url = `/api/staff/intakes/${id}`;
    expect((await send('PATCH', url, { status: 'contacted' })).statusCode).toBe(200);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => send('PATCH', url, { status: 'closed' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(200));
    const changes = await database.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('intake_id', '=', id)
      .where('action', '=', 'changeStatus')
      .orderBy('id')
      .execute();
    expect(changes.map((c) => c.detail)).toEqual(['new → contacted', 'contacted → closed']);
  });

  it('the database itself refuses the close without an outreach note (a trigger, whatever the code)', async () => {
    const request = validRequest(
      (a) => (a.mood = { phq2: [0, 0], gad2: [0, 0], selfHarmThoughts: true }),
    );
    request.contact.lastName = 'direct';
    await postIntake(app, request);
    const row = await database.db.db
      .selectFrom('intakes')
      .select(['id', 'needs_outreach', 'priority'])
      .where('id', '=', await intakeIdByName(database.db, 'direct'))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ needs_outreach: 1, priority: 0 });
    await expect(
      database.db.db
        .updateTable('intakes')
        .set({ status: 'closed' })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/outreach_note_required/);
    await expect(
      sql`update intakes set status = 'closed' where id = ${row.id}`.execute(database.db.db),
    ).rejects.toThrow(/outreach_note_required/);
  });

  it('exports CSV that Excel opens as UTF-8, in plain words, with the summary, message and notes', async () => {
    const response = await send('GET', '/api/staff/intakes.csv');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = body
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) =>
        (line.match(/"(?:[^"]|"")*"/g) ?? []).map((cell) => cell.slice(1, -1).replace(/""/g, '"')),
      );
    const [header = [], ...lines] = rows;
    const cell = (line: string[], name: string) => line[header.indexOf(name)];
    const selfHarm = lines.find((line) => cell(line, 'Last name') === 'selfHarm') ?? [];
    expect(cell(selfHarm, 'Verdict')).toBe('Good candidate');
    expect(cell(selfHarm, 'Same-day call')).toBe('Yes: thoughts of self-harm (outreach recorded)');
    expect(cell(selfHarm, 'Status')).toBe('Closed');
    expect(cell(selfHarm, 'Procedures')).toContain('(good fit)');
    expect(cell(selfHarm, 'Summary')).toMatch(/^\d+ y · /);
    expect(cell(selfHarm, 'Warning signs')).toBe('None');
    expect(cell(selfHarm, 'Patient message')).toBe('Please call after 3 — selfHarm');
    expect(cell(selfHarm, 'Notes')).toMatch(
      /nurse@clinic\.example: Left a voicemail\.\n.*nurse@clinic\.example \(outreach record\): Called at 14:10/,
    );
    const urgent = lines.find((line) => cell(line, 'Last name') === 'urgent') ?? [];
    expect(cell(urgent, 'Verdict')).toBe('Urgent');
    expect(cell(urgent, 'Warning signs')).toBe(
      'constant non-mechanical night pain (past 6 weeks) (urgent)',
    );
    // No code of the contract in a cell meant for people.
    for (const line of lines)
      for (const name of [
        'Verdict',
        'Status',
        'Procedures',
        'Cautions',
        'Preferred contact',
        'Best time',
      ])
        expect(cell(line, name)).not.toMatch(/[a-z][A-Z]/);
  });
});
