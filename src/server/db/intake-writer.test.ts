import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../rules';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { newKey, validRequest } from '../testing/requests.testing';
import { createIntakeWriter, type IntakeWriter } from './intake-writer';
import { countIntakes, findIntakeByReference, isUniqueViolation, type NewIntake } from './intakes';

// The writer behind POST /api/intakes: group commit on a worker thread for SQLite, one transaction
// per intake on PostgreSQL. Same promises either way.

let counter = 0;
const intake = (patch: Partial<NewIntake> = {}): NewIntake => {
  const request = validRequest();
  counter++;
  return {
    id: randomUUID(),
    // Unique by construction: a random part here collided now and then (about one run in 40).
    reference: ((n) => `${n.slice(0, 3)}-${n.slice(3)}`)(
      counter.toString(36).toUpperCase().padStart(6, '0'),
    ),
    idempotencyKey: newKey(),
    requestHash: 'hash-a',
    request,
    assessment: assess(request.answers),
    now: new Date(),
    ...patch,
  };
};

describe.each(dialects)('the intake writer on %s', (kind) => {
  let database: TestDatabase;
  let writer: IntakeWriter;
  beforeEach(async () => {
    database = await freshDatabase(kind);
    writer = createIntakeWriter(database.db);
  });
  afterEach(async () => {
    await writer.close();
    await database.drop();
  });

  it('stores 200 concurrent intakes, each once, and acknowledges each with its own receipt', async () => {
    const intakes = Array.from({ length: 200 }, () => intake());
    const outcomes = await Promise.all(intakes.map((i) => writer.store(i)));
    expect(outcomes.every((o) => o.kind === 'created')).toBe(true);
    expect(outcomes.map((o) => (o.kind === 'created' ? o.receipt.reference : ''))).toEqual(
      intakes.map((i) => i.reference),
    );
    expect(await countIntakes(database.db.db)).toBe(200);
    expect(
      (await findIntakeByReference(database.db.db, database.db.vault, intakes[7]!.reference))?.id,
    ).toBe(intakes[7]!.id);
  });

  it('replays the same key and body, and refuses the same key with another body, even when sent together', async () => {
    // As the route does: a twin that lost a race on PostgreSQL's unique key tries once more.
    const store = (i: NewIntake) =>
      writer.store(i).catch((error: unknown) => {
        if (isUniqueViolation(error)) return writer.store(i);
        throw error;
      });
    const first = intake();
    const [created, replayed, conflict] = await Promise.all([
      store(first),
      store({ ...first, id: randomUUID(), reference: 'ZZZ-ZZ1' }),
      store({ ...first, id: randomUUID(), reference: 'ZZZ-ZZ2', requestHash: 'hash-b' }),
    ]);
    expect(created.kind).toBe('created');
    expect(replayed).toEqual({
      kind: 'replayed',
      receipt: { reference: first.reference, verdict: 'goodCandidate' },
    });
    expect(conflict).toEqual({ kind: 'keyConflict' });
    expect(await countIntakes(database.db.db)).toBe(1);
  });

  it('fails only the intake whose reference is taken; the others sent with it are stored', async () => {
    const taken = intake();
    await writer.store(taken);
    const others = [intake(), intake(), intake()];
    const results = await Promise.allSettled([
      writer.store(others[0]!),
      writer.store(intake({ reference: taken.reference })),
      writer.store(others[1]!),
      writer.store(others[2]!),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const failure = results[1] as PromiseRejectedResult;
    expect(isUniqueViolation(failure.reason)).toBe(true);
    expect(await countIntakes(database.db.db)).toBe(4);
  });

  it('writes what is queued before it closes', async () => {
    const pending = Array.from({ length: 30 }, () => writer.store(intake()));
    await writer.close();
    expect((await Promise.all(pending)).length).toBe(30);
    expect(await countIntakes(database.db.db)).toBe(30);
  });
});
