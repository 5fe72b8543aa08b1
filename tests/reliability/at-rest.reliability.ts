import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IntakeRequest } from '../../src/api/contract';
import { openDatabase } from '../../src/server/db/open';
import { addStaff } from '../../src/server/staff/accounts';
import {
  expectNoPersonalDataInLogs,
  post,
  record,
  secretsInFolder,
  signedInCookie,
  startServer,
  traceableIntake,
} from './support';

// A copy of the data folder is worthless without the key: intakes whose names, e-mails, phones,
// messages and notes are unique strings go through the built server, and none of those strings is
// in any file under DATA_DIR (the database, its WAL, its journal), byte for byte, while the staff
// API still shows them and finds each patient by name.

afterAll(() => {
  expectNoPersonalDataInLogs();
});

const INTAKES = 20;
const password = 'sealed envelopes keep secrets';
const email = 'nurse@clinic.example';

describe('patient data at rest', () => {
  it('the search of the files finds a detail where there is one (the check below can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipm-control-'));
    writeFileSync(join(dir, 'copy.db'), Buffer.from('..\u0000ZqAbcDef\u0000..', 'utf8'));
    expect(secretsInFolder(dir, ['zqabcdef', 'Absent'])).toEqual(['zqabcdef in copy.db']);
  });

  it(`leaves none of ${INTAKES} patients' details or notes in any file under DATA_DIR`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipm-at-rest-'));
    // An account made as `npm run staff -- add` makes it, with the key the server will use.
    const setup = await openDatabase(
      { kind: 'sqlite', file: join(dataDir, 'intake.db') },
      { kind: 'file', path: join(dataDir, 'data.key'), createIfMissing: true },
    );
    await addStaff(setup.db, { email, role: 'staff', password });
    await setup.close();

    const server = await startServer({ label: 'at-rest', dataDir, env: { STAFF_MFA: 'optional' } });
    try {
      const sent: { reference: string; request: IntakeRequest; note: string }[] = [];
      for (let i = 0; i < INTAKES; i++) {
        const request = traceableIntake();
        const response = await post(server.url, request);
        expect(response.status).toBe(201);
        const { reference } = (await response.json()) as { reference: string };
        sent.push({ reference, request, note: `Called ${randomBytes(8).toString('hex')} back` });
      }
      const cookie = await signedInCookie(server.url, email, password);
      const staff = (path: string, init: RequestInit = {}) =>
        fetch(`${server.url}${path}`, {
          ...init,
          headers: {
            cookie,
            origin: server.url,
            ...(init.body !== undefined && { 'content-type': 'application/json' }),
          },
        });

      for (const { reference, request, note } of sent) {
        // Found by name through the blind index: the last name alone, in another case.
        const search = await staff(
          `/api/staff/intakes?q=${encodeURIComponent(request.contact.lastName.toUpperCase())}`,
        );
        const items = ((await search.json()) as { items: { id: string; reference: string }[] })
          .items;
        expect(items.map((item) => item.reference)).toEqual([reference]);
        const id = items[0]?.id ?? '';
        expect(
          (
            await staff(`/api/staff/intakes/${id}`, {
              method: 'PATCH',
              body: JSON.stringify({ note }),
            })
          ).status,
        ).toBe(200);
        const detail = (await (await staff(`/api/staff/intakes/${id}`)).json()) as {
          contact: IntakeRequest['contact'];
          notes: { body: string }[];
        };
        expect(detail.contact).toMatchObject({
          firstName: request.contact.firstName,
          lastName: request.contact.lastName,
          phone: request.contact.phone,
          email: request.contact.email,
          message: request.contact.message,
        });
        expect(detail.notes.map((n) => n.body)).toEqual([note]);
      }

      const secrets = sent.flatMap(({ request, note }) => [
        request.contact.firstName,
        request.contact.lastName,
        request.contact.phone,
        request.contact.email ?? '',
        request.contact.message ?? '',
        note,
      ]);
      // The files as they are while the server runs (the WAL holds the newest pages)…
      const files = readdirSync(dataDir).sort();
      expect(files).toEqual(expect.arrayContaining(['data.key', 'intake.db', 'intake.db-wal']));
      expect(secretsInFolder(dataDir, secrets)).toEqual([]);
      // …and after a clean stop, once the WAL is folded into the database.
      server.process.kill('SIGTERM');
      await server.exited;
      expect(secretsInFolder(dataDir, secrets)).toEqual([]);
      record(
        'details and notes of patients found in DATA_DIR files, byte for byte',
        `0 of ${secrets.length} (${INTAKES} intakes)`,
      );
    } finally {
      if (server.process.exitCode === null) server.process.kill('SIGKILL');
    }
  }, 120_000);
});
