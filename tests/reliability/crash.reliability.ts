import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IntakeRequest } from '../../src/api/contract';
import { dialects } from '../../src/server/testing/databases.testing';
import { count, freshPostgresDatabase, query } from '../servers';
import { expectNoPersonalDataInLogs, post, record, startServer, traceableIntake } from './support';

// Crash consistency: the real server takes concurrent valid submissions and is killed with SIGKILL
// at random moments, then restarted on the same data. Clients retry what was not answered with the
// same idempotency key, as the patient app does. Every intake acknowledged with 201 must be stored
// exactly once, with its idempotency record, and nothing half-written may exist.

const KILLS = 12;
const SENDERS = 12;

afterAll(() => {
  expectNoPersonalDataInLogs();
});

describe.each(dialects)('crash consistency on %s', (kind) => {
  it(`keeps every acknowledged intake exactly once through ${KILLS} SIGKILLs`, async () => {
    const pgDb =
      kind === 'postgres'
        ? await freshPostgresDatabase(
            process.env.TEST_DATABASE_URL ?? '',
            `ipm_crash_${randomBytes(4).toString('hex')}`,
          )
        : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'ipm-crash-'));
    const where = pgDb ? { postgres: pgDb.url } : { sqlite: dataDir };
    /** key → the reference its first 201 carried */
    const acknowledged = new Map<string, string>();
    /** Sent, never answered (the server died): retried with the same key. */
    const unanswered = new Map<string, IntakeRequest>();
    let sent = 0;
    let retries = 0;

    try {
      for (let round = 0; round < KILLS; round++) {
        const server = await startServer({
          label: `crash-${kind}`,
          dataDir,
          ...(pgDb && { databaseUrl: pgDb.url }),
        });
        let running = true;
        const sender = async () => {
          while (running) {
            const retry = unanswered.entries().next();
            let key: string;
            let body: IntakeRequest;
            if (!retry.done) {
              [key, body] = retry.value;
              unanswered.delete(key);
              retries++;
            } else {
              key = randomUUID();
              body = traceableIntake();
              sent++;
            }
            try {
              const response = await post(server.url, body, key);
              const text = await response.text();
              if (response.status === 201) {
                const { reference } = JSON.parse(text) as { reference: string };
                const earlier = acknowledged.get(key);
                expect(earlier ?? reference, `the same key answers the same reference`).toBe(
                  reference,
                );
                acknowledged.set(key, reference);
              } else {
                // Only a shutdown refusal is acceptable; it is retried like a lost answer.
                expect(response.status, text).toBe(503);
                unanswered.set(key, body);
              }
            } catch {
              unanswered.set(key, body);
            }
          }
        };
        const senders = Array.from({ length: SENDERS }, sender);
        await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 600));
        if (process.env.CRASH_DEBUG)
          console.log(`round ${round}: ${acknowledged.size} acknowledged`);
        server.process.kill('SIGKILL');
        await server.exited;
        running = false;
        await Promise.all(senders);
      }

      // Nothing half-written: every intake has its idempotency record and every record its intake.
      expect(
        await count(
          where,
          'select count(*) as n from intakes i left join idempotency_keys k on k.intake_id = i.id where k.key is null',
        ),
      ).toBe(0);
      expect(
        await count(
          where,
          'select count(*) as n from idempotency_keys k left join intakes i on i.id = k.intake_id where i.id is null',
        ),
      ).toBe(0);
      // Every acknowledged intake is there, once, under the reference the patient was shown.
      const rows = await query<{ key: string; reference: string }>(
        where,
        'select k.key as key, i.reference as reference from idempotency_keys k join intakes i on i.id = k.intake_id',
      );
      const stored = new Map(rows.map((r) => [r.key, r.reference]));
      const lost = [...acknowledged].filter(([key, reference]) => stored.get(key) !== reference);
      expect(lost).toEqual([]);
      expect(await count(where, 'select count(distinct reference) as n from intakes')).toBe(
        rows.length,
      );
      expect(await count(where, 'select count(*) as n from intakes')).toBe(rows.length);
      // Stored but never acknowledged (the answer was lost in the kill) is allowed; the retries
      // with the same key turned most of those into acknowledgements.
      if (!pgDb) {
        const [check] = await query<{ integrity_check: string }>(where, 'pragma integrity_check');
        expect(check?.integrity_check).toBe('ok');
      }

      const label = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      record(`${label}: SIGKILLs survived under concurrent submissions`, KILLS);
      record(`${label}: intakes acknowledged (201), all found exactly once`, acknowledged.size);
      record(`${label}: retries of unanswered requests (same key)`, retries);
      record(`${label}: intakes sent (new keys) / stored`, `${sent} / ${rows.length}`);
      record(`${label}: acknowledged intakes lost`, lost.length);
      if (!pgDb) record('SQLite integrity_check after the last kill', 'ok');
      // The kills landed on real load (not on idle servers).
      expect(acknowledged.size).toBeGreaterThan(KILLS * 4);
    } finally {
      await pgDb?.drop();
    }
  });
});
