import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects } from '../../src/server/testing/databases.testing';
import { count, freshPostgresDatabase, query } from '../servers';
import { expectNoPersonalDataInLogs, post, record, startServer, traceableIntake } from './support';

// Idempotency races and graceful shutdown, against the real server on each database.

afterAll(() => {
  expectNoPersonalDataInLogs();
});

async function serverFor(kind: string, label: string) {
  const pgDb =
    kind === 'postgres'
      ? await freshPostgresDatabase(
          process.env.TEST_DATABASE_URL ?? '',
          `ipm_${label}_${randomBytes(4).toString('hex')}`,
        )
      : undefined;
  const server = await startServer({
    label: `${label}-${kind}`,
    ...(pgDb && { databaseUrl: pgDb.url }),
  });
  const where = pgDb ? { postgres: pgDb.url } : { sqlite: server.dataDir };
  return { server, where, drop: async () => pgDb?.drop() };
}

describe.each(dialects)('on %s', (kind) => {
  it('20 concurrent identical requests with one key store one intake and give one reference', async () => {
    const { server, where, drop } = await serverFor(kind, 'race');
    try {
      const body = traceableIntake();
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => post(server.url, body, key)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      const references = new Set(
        await Promise.all(
          responses.map(async (r) => ((await r.json()) as { reference: string }).reference),
        ),
      );
      expect(references.size).toBe(1);
      expect(await count(where, 'select count(*) as n from intakes')).toBe(1);
      expect(await count(where, 'select count(*) as n from idempotency_keys')).toBe(1);
      record(
        `${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: 20 concurrent twins → intakes, references`,
        '1, 1',
      );
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
      await drop();
    }
  });

  it('SIGTERM under load loses no acknowledged intake, refuses the rest cleanly, and exits 0', async () => {
    const { server, where, drop } = await serverFor(kind, 'shutdown');
    try {
      const acknowledged = new Set<string>();
      const refused = { status503: 0, connection: 0 };
      let closedAt = Number.POSITIVE_INFINITY;
      const sender = async () => {
        // Until the server has been gone for a moment: every request after SIGTERM must be refused.
        while (Date.now() < closedAt + 300) {
          try {
            const response = await post(server.url, traceableIntake());
            const text = await response.text();
            if (response.status === 201) {
              acknowledged.add((JSON.parse(text) as { reference: string }).reference);
            } else {
              expect(response.status, text).toBe(503);
              expect(JSON.parse(text)).toEqual({
                error: { code: 'shutting_down', message: expect.any(String) },
              });
              refused.status503++;
            }
          } catch {
            // The listener is closed: the connection is refused.
            refused.connection++;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      };
      const senders = Array.from({ length: 16 }, sender);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      server.process.kill('SIGTERM');
      const code = await server.exited;
      closedAt = Date.now();
      await Promise.all(senders);

      expect(code).toBe(0);
      const stored = await count(where, 'select count(*) as n from intakes');
      // Every 201 is stored; an intake may be stored whose answer never arrived (cut connection).
      expect(stored).toBeGreaterThanOrEqual(acknowledged.size);
      const rows = await query<{ reference: string }>(where, 'select reference from intakes');
      const storedReferences = new Set(rows.map((r) => r.reference));
      for (const reference of acknowledged)
        expect(storedReferences.has(reference), reference).toBe(true);
      expect(refused.status503 + refused.connection).toBeGreaterThan(0);

      const label = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      record(
        `${label}: SIGTERM under load, intakes acknowledged and all stored`,
        acknowledged.size,
      );
      record(
        `${label}: SIGTERM under load, refused with 503 / connection refused`,
        `${refused.status503} / ${refused.connection}`,
      );
      record(`${label}: SIGTERM exit code`, code ?? 'none');
    } finally {
      if (server.process.exitCode === null) server.process.kill('SIGKILL');
      await drop();
    }
  });
});
