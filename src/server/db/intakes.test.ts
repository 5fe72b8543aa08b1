import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../rules';
import { buildApp } from '../app';
import { clinicConfigSchema } from '../config';
import { freshDatabase, dialects, type TestDatabase } from '../testing/databases.testing';
import { newKey, validRequest } from '../testing/requests.testing';
import {
  countIntakes,
  findIntakeByReference,
  isUniqueViolation,
  listIntakes,
  prepareIntake,
  storeIntake,
  type NewIntake,
} from './intakes';

// The repository suite, run against every dialect this machine has: SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run sets it when the local server answers).

describe.each(dialects)('intake storage on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await freshDatabase(kind);
  });
  afterEach(async () => {
    await database.drop();
  });

  const store = (i: NewIntake) => storeIntake(database.db.db, prepareIntake(i, database.db.vault));
  const intake = (patch: Partial<NewIntake> = {}): NewIntake => {
    const request = validRequest();
    return {
      id: randomUUID(),
      reference: `R${Math.random().toString(36).slice(2, 4).toUpperCase()}-${Math.random().toString(36).slice(2, 5).toUpperCase()}`,
      idempotencyKey: newKey(),
      requestHash: 'hash-a',
      request,
      assessment: assess(request.answers),
      now: new Date('2026-11-28T10:00:00.000Z'),
      ...patch,
    };
  };

  it('stores an intake with everything staff need, and reads it back', async () => {
    const stored = intake();
    const outcome = await store(stored);
    expect(outcome).toEqual({
      kind: 'created',
      receipt: { reference: stored.reference, verdict: 'goodCandidate' },
    });
    expect(
      await findIntakeByReference(database.db.db, database.db.vault, stored.reference),
    ).toEqual({
      id: stored.id,
      reference: stored.reference,
      createdAt: '2026-11-28T10:00:00.000Z',
      verdict: 'goodCandidate',
      priority: 2,
      status: 'new',
      locale: 'en',
      rulesetVersion: '2026.2',
      answers: stored.request.answers,
      contact: stored.request.contact,
      assessment: stored.assessment,
    });
  });

  it('replays by key: the same hash gets the first receipt, another hash a conflict; one row', async () => {
    const first = intake();
    await store(first);
    const replay = await store(
      intake({ idempotencyKey: first.idempotencyKey, reference: 'ZZZ-ZZZ' }),
    );
    expect(replay).toEqual({
      kind: 'replayed',
      receipt: { reference: first.reference, verdict: 'goodCandidate' },
    });
    const conflict = await store(
      intake({ idempotencyKey: first.idempotencyKey, requestHash: 'hash-b' }),
    );
    expect(conflict).toEqual({ kind: 'keyConflict' });
    expect(await countIntakes(database.db.db)).toBe(1);
  });

  it('refuses a reference already taken, leaving nothing half-written', async () => {
    const first = intake();
    await store(first);
    const error = await store(intake({ reference: first.reference })).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await countIntakes(database.db.db)).toBe(1);
    const keys = await database.db.db.selectFrom('idempotency_keys').select('key').execute();
    expect(keys).toHaveLength(1);
  });

  it('lists the most urgent first, then the newest', async () => {
    const at = (iso: string) => new Date(iso);
    const urgent = intake({
      now: at('2026-11-01T00:00:00Z'),
      assessment: { ...assess(validRequest().answers), verdict: 'urgent' },
    });
    const oldGood = intake({ now: at('2026-11-02T00:00:00Z') });
    const newGood = intake({ now: at('2026-11-03T00:00:00Z') });
    for (const i of [oldGood, newGood, urgent]) await store(i);
    expect((await listIntakes(database.db.db, database.db.vault)).map((i) => i.id)).toEqual([
      urgent.id,
      newGood.id,
      oldGood.id,
    ]);
  });

  it('keeps the patient sealed: no name, contact or answer in clear in any column', async () => {
    const stored = intake();
    stored.request.contact = {
      ...stored.request.contact,
      firstName: 'Zoraida',
      lastName: 'Quetzalcóatl-Núñez',
      email: 'zq.unique@example.org',
      phone: '+1 555 013 9977',
      message: 'a message nobody else wrote',
    };
    await store(stored);
    const row = await database.db.db.selectFrom('intakes').selectAll().executeTakeFirstOrThrow();
    const tokens = await database.db.db.selectFrom('intake_name_tokens').selectAll().execute();
    const everything = JSON.stringify([row, tokens]).toLowerCase();
    for (const secret of ['zoraida', 'quetzal', 'núñez', 'nunez', 'zq.unique', '555 013', 'nobody'])
      expect(everything).not.toContain(secret);
    expect(row.key_id).toBe(database.db.vault.keyring.current.id);
    // Two words of the last name and the first name: three tokens, none of them the name.
    expect(tokens).toHaveLength(3);
    const found = await findIntakeByReference(database.db.db, database.db.vault, stored.reference);
    expect(found?.contact).toEqual(stored.request.contact);
  });

  it('finds by whole words of the name, any case or accent, or by part of the reference', async () => {
    const named = (firstName: string, lastName: string) => {
      const i = intake();
      i.request.contact = { ...i.request.contact, firstName, lastName };
      return i;
    };
    const jose = named('José María', 'García López');
    const ana = named('Ana', 'Garcia');
    for (const i of [jose, ana]) await store(i);
    const search = async (q: string) =>
      (await listIntakes(database.db.db, database.db.vault, { q })).map((i) => i.id).sort();
    expect(await search('garcía')).toEqual([jose.id, ana.id].sort());
    expect(await search('JOSE')).toEqual([jose.id]);
    expect(await search('maria lopez')).toEqual([jose.id]);
    expect(await search('  Ana   GARCÍA ')).toEqual([ana.id]);
    expect(await search('ana lopez')).toEqual([]);
    expect(await search('garc')).toEqual([]);
    expect(await search(jose.reference.slice(1, 5).toLowerCase())).toContain(jose.id);
  });

  it('a ciphertext moved to another row does not open', async () => {
    const [a, b] = [intake(), intake()];
    await store(a);
    await store(b);
    const rowA = await database.db.db
      .selectFrom('intakes')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    await database.db.db
      .updateTable('intakes')
      .set({ sealed: rowA.sealed, data_key: rowA.data_key })
      .where('id', '=', b.id)
      .execute();
    await expect(
      findIntakeByReference(database.db.db, database.db.vault, b.reference),
    ).rejects.toThrow();
    expect((await findIntakeByReference(database.db.db, database.db.vault, a.reference))?.id).toBe(
      a.id,
    );
  });

  it('20 identical concurrent requests with one key store exactly one intake and give one reference', async () => {
    const app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
    });
    const key = newKey();
    const payload = JSON.stringify(validRequest());
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.inject({
          method: 'POST',
          url: '/api/intakes',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          payload,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array.from({ length: 20 }, () => 201));
    expect(new Set(responses.map((r) => r.json<{ reference: string }>().reference)).size).toBe(1);
    expect(await countIntakes(database.db.db)).toBe(1);
    await app.close();
  });
});
