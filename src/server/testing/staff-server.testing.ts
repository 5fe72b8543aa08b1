import { randomUUID } from 'node:crypto';
import { assess } from '../../rules';
import { buildApp } from '../app';
import { prepareIntake, storeIntake } from '../db/intakes';
import { clinicConfigSchema } from '../config';
import { freshDatabase, intakeIdByName } from './databases.testing';
import { legacyRecords, storeLegacyIntake } from './legacy.testing';
import { newKey, validRequest } from './requests.testing';
import { serveSignedIn } from './serve-signed-in.testing';

// A real staff API over HTTP for the staff screens' component tests (which run in a browser-like
// environment that cannot load the server itself): run with `node --import tsx` and it stores the
// three 2026.1 intakes and one of 2026.2 with every new answer into a fresh SQLite database,
// signs a member of staff in, listens on a free port, and prints one JSON line saying where and
// with which session cookie. SIGTERM closes it and removes the database.

const database = await freshDatabase('sqlite');
const app = await buildApp({
  db: database.db,
  clinic: clinicConfigSchema.parse({}),
  intakeRateLimit: 100,
});
const legacy = [];
for (const [i, record] of legacyRecords.entries())
  legacy.push(
    await storeLegacyIntake(database.db, record, {
      reference: `OLD-${i + 1}AA`,
      createdAt: `2026-10-0${i + 1}T09:00:00.000Z`,
      lastName: `Legacy${i + 1}`,
    }),
  );
const request = validRequest((a) => {
  a.treatments.injections = 'temporaryRelief';
  a.priorProcedures = [{ kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' }];
  a.imaging = 'mriOrCtWithin2Years';
  a.steroidCoursesPast12Months = 2;
  a.history = ['bloodThinners'];
  a.bloodThinnerKinds = ['doac'];
  a.mood = { phq2: [2, 1], gad2: [0, 1], selfHarmThoughts: true };
});
request.contact.lastName = 'Current';
// Stored through the repository (the intake writer's worker thread is not needed here).
await storeIntake(
  database.db.db,
  prepareIntake(
    {
      id: randomUUID(),
      reference: 'NEW-2BB',
      idempotencyKey: newKey(),
      requestHash: 'staff-screens',
      request,
      assessment: assess(request.answers),
      now: new Date('2026-12-01T09:00:00.000Z'),
    },
    database.db.vault,
  ),
);
const current = { id: await intakeIdByName(database.db, 'Current') };

export interface StaffServerInfo {
  url: string;
  cookie: string;
  legacy: typeof legacy;
  currentId: string;
}
await serveSignedIn(
  app,
  database,
  { email: 'nurse@clinic.example', role: 'staff' },
  { legacy, currentId: current.id },
);
