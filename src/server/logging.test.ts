import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from './app';
import { clinicConfigSchema } from './config';
import { freshDatabase, type TestDatabase } from './testing/databases.testing';
import { newKey, validRequest } from './testing/requests.testing';

let database: TestDatabase;
let app: App;
const lines: string[] = [];

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    logger: { level: 'trace', stream },
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

it('logs a whole submission, its replay and its refusals without any contact detail or answer', async () => {
  const request = validRequest((a) => {
    a.history = ['pregnant', 'immunosuppressed'];
    a.allergies = ['latex'];
  });
  const key = newKey();
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/intakes?utm=x',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
      payload: JSON.stringify(body),
    });
  expect((await send(request)).statusCode).toBe(201);
  expect((await send(request)).statusCode).toBe(201);
  expect(
    (
      await send(
        { ...request, contact: { ...request.contact, phone: 'not a phone' } },
        { 'idempotency-key': newKey() },
      )
    ).statusCode,
  ).toBe(400);

  const log = lines.join('');
  expect(lines.length).toBe(3);
  expect(log).toContain('"intake":"created"');
  expect(log).toContain('"intake":"replayed"');
  expect(log).toContain('"statusCode":400');
  const secrets = [
    request.contact.firstName,
    request.contact.lastName,
    request.contact.dateOfBirth,
    request.contact.phone,
    request.contact.email!,
    request.contact.message!,
    'not a phone',
    'belowKnee',
    'sciatica',
    'pregnant',
    'immunosuppressed',
    'latex',
    'goodCandidate',
    'utm=x',
  ];
  for (const secret of secrets) expect(log, secret).not.toContain(secret);
});
