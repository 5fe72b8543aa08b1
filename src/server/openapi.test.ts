import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  healthSchema,
  intakeReceiptSchema,
  publicConfigSchema,
  type IntakeReceipt,
} from '../api/contract';
import { listQuery, statuses } from '../api/staff-contract';
import {
  auditPageSchema,
  deliveryPageSchema,
  intakeDetailSchema,
  intakeListPageSchema,
  loginResponseSchema,
  meResponseSchema,
  mfaEnrolmentSchema,
  okSchema,
  recoveryCodesSchema,
  staffUserResponseSchema,
} from '../api/staff-responses';
import { locations, redFlags } from '../rules';
import { buildApp, type App } from './app';
import { clinicConfigSchema } from './config';
import { buildOpenApiDocument, openApiJson, operations, type OpenApiDocument } from './openapi';
import { addStaff } from './staff/accounts';
import { freshDatabase, type TestDatabase } from './testing/databases.testing';
import { legacyRecords, storeLegacyIntake } from './testing/legacy.testing';
import { validRequest } from './testing/requests.testing';
import { postIntake, sessionCookie } from './testing/staff.testing';
import { totp } from './testing/totp.testing';

// GET /api/openapi.json: a valid OpenAPI 3.1 document (checked by a real validator), naming every
// route the app serves and no other, generated from the contract, and describing what the routes
// really answer.

const publicUrl = 'https://selfcheck.clinic.test';
const host = 'selfcheck.clinic.test';
const password = 'my knees ache on the stairs';
let database: TestDatabase;
let app: App;
let clientDir = '';
let served: OpenApiDocument;

/** Every file under a directory, as the URL path that @fastify/static serves it at. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`);

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  // The whole app as production runs it: with the built pages and the loader (stand-ins).
  const dir = mkdtempSync(join(tmpdir(), 'ipm-openapi-'));
  const widgetFile = join(dir, 'widget.js');
  writeFileSync(widgetFile, 'void 0;');
  clientDir = join(dir, 'client');
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  for (const file of ['index.html', 'staff.html', 'assets/index-0a1b2c.js'])
    writeFileSync(join(clientDir, file), '<!doctype html><title>x</title>');
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    publicUrl,
    clientDir,
    widgetFile,
    intakeRateLimit: 1000,
    staffMfa: 'optional',
  });
  await addStaff(database.db.db, { email: 'admin@clinic.example', role: 'admin', password });
  const response = await app.inject({ url: '/api/openapi.json', headers: { host } });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  served = response.json<OpenApiDocument>();
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, for a validator that refuses a broken one', async () => {
    expect(served.openapi).toBe('3.1.0');
    expect(served.servers).toEqual([{ url: publicUrl }]);
    // The parser resolves references in place: it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(served) as never)).resolves.toBeTruthy();

    const dangling = structuredClone(served);
    (dangling.components as { schemas: Record<string, unknown> }).schemas.IntakePatch = undefined;
    await expect(
      SwaggerParser.validate(JSON.parse(JSON.stringify(dangling)) as never),
    ).rejects.toThrow(/IntakePatch/);
    const badParameter = structuredClone(served);
    (
      badParameter.paths['/api/staff/intakes/{id}'] as { get: Record<string, unknown> }
    ).get.parameters = [{ name: 'id', in: 'body', schema: { type: 'string' } }];
    await expect(SwaggerParser.validate(badParameter as never)).rejects.toThrow();
  });

  it('names every route of the route table, with its access, and nothing else', () => {
    const staticFiles = new Set(filesUnder(clientDir));
    const gets = new Set(app.routeTable.filter((r) => r.method === 'GET').map((r) => r.url));
    const routes = app.routeTable.filter(
      // Files of the build are served as they are; HEAD is answered for every GET.
      (r) => !staticFiles.has(r.url) && !(r.method === 'HEAD' && gets.has(r.url)),
    );
    const routeKeys = routes.map((r) => `${r.method} ${r.url}`);
    const documented = Object.entries(served.paths).flatMap(([path, item]) =>
      Object.keys(item).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      ),
    );
    expect(
      routeKeys.filter((key) => !documented.includes(key)),
      'routes missing from the document: add them to `operations` in openapi.ts',
    ).toEqual([]);
    expect(
      documented.filter((key) => !routeKeys.includes(key)),
      'documented, but the app has no such route',
    ).toEqual([]);
    expect(Object.keys(operations).sort()).toEqual([...documented].sort());
    expect(routes.length).toBeGreaterThanOrEqual(20);

    // Who may use each route, as the route itself says (outside the staff API: anyone).
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      expect(operations[key]?.access, key).toBe(route.access ?? 'public');
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = served.paths[path]?.[route.method.toLowerCase()] as {
        security: unknown[];
      };
      expect(operation.security, key).toEqual(
        route.access === undefined || route.access === 'public' ? [] : [{ staffSession: [] }],
      );
    }
    expect(served.components.securitySchemes).toEqual({
      staffSession: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'ipm_staff' }),
    });
  });

  it('takes its requests from the contract', () => {
    const schemas = (served.components as { schemas: Record<string, unknown> }).schemas;
    const answers = schemas.Answers as {
      properties: Record<string, { items: { enum: string[] } }>;
    };
    expect(answers.properties.locations?.items.enum).toEqual([...locations]);
    expect(answers.properties.redFlags?.items.enum).toEqual([...redFlags]);
    expect(schemas.IntakeRequest).toMatchObject({
      properties: { answers: { $ref: '#/components/schemas/Answers' } },
      additionalProperties: false,
    });
    expect(schemas.IntakePatch).toMatchObject({
      properties: { outreach: { type: 'boolean' }, status: { enum: [...statuses] } },
    });

    type Operation = {
      parameters?: { name: string; in: string; required: boolean; schema: object }[];
      requestBody?: { content: Record<string, { schema: object }> };
    };
    const create = served.paths['/api/intakes']?.post as Operation;
    expect(create.parameters).toContainEqual(
      expect.objectContaining({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: expect.objectContaining({ format: 'uuid' }),
      }),
    );
    expect(create.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/IntakeRequest',
    });
    const list = served.paths['/api/staff/intakes']?.get as Operation;
    expect(list.parameters?.map((p) => p.name)).toEqual(Object.keys(listQuery.def.shape));
    expect(list.parameters?.find((p) => p.name === 'limit')).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
    });
    const read = served.paths['/api/staff/intakes/{id}']?.get as Operation;
    expect(read.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
  });

  it('describes media types other than JSON without inventing a schema', () => {
    const content = (path: string) =>
      (served.paths[path]?.get as { responses: Record<string, { content: object }> }).responses[
        '200'
      ]?.content;
    expect(content('/api/staff/intakes.csv')).toEqual({ 'text/csv': {} });
    expect(content('/api/staff/intakes/{id}/fhir')).toEqual({ 'application/fhir+json': {} });
    expect(content('/staff')).toEqual({ 'text/html': {} });
  });

  it('is built once per linkBase', () => {
    expect(openApiJson(publicUrl)).toBe(openApiJson(publicUrl));
    expect(JSON.parse(openApiJson(publicUrl))).toEqual(served);
    expect(buildOpenApiDocument('http://localhost:8080').servers).toEqual([
      { url: 'http://localhost:8080' },
    ]);
  });
});

describe('the documented answers', () => {
  it('are what the routes answer (strict schemas: an undocumented field fails)', async () => {
    const json = async (
      url: string,
      options: { method?: 'PATCH' | 'POST'; cookie?: string; payload?: object } = {},
    ) => {
      const response = await app.inject({
        method: options.method ?? 'GET',
        url,
        headers: {
          host,
          origin: publicUrl,
          ...(options.cookie !== undefined && { cookie: options.cookie }),
        },
        ...(options.payload && { payload: options.payload }),
      });
      expect(response.statusCode, url).toBe(200);
      return response.json<unknown>();
    };
    healthSchema.parse(await json('/api/health'));
    publicConfigSchema.parse(await json('/api/config'));
    const created = await postIntake(app, validRequest());
    expect(created.statusCode).toBe(201);
    const receipt: IntakeReceipt = intakeReceiptSchema.parse(created.json());
    const legacy = await storeLegacyIntake(database.db, legacyRecords[0]!, {
      reference: 'OLD-1AA',
      createdAt: '2026-10-01T09:00:00.000Z',
      lastName: 'Legacy',
    });

    const cookie = await sessionCookie(app, 'admin@clinic.example', password);
    meResponseSchema.parse(await json('/api/staff/me', { cookie }));
    const page = intakeListPageSchema.parse(await json('/api/staff/intakes', { cookie }));
    expect(page.items).toHaveLength(2);
    const current = page.items.find((i) => i.reference === receipt.reference);
    expect(current).toBeDefined();
    okSchema.parse(
      await json(`/api/staff/intakes/${current?.id}`, {
        method: 'PATCH',
        cookie,
        payload: { status: 'contacted', note: 'Left a message.' },
      }),
    );
    const detail = intakeDetailSchema.parse(
      await json(`/api/staff/intakes/${current?.id}`, { cookie }),
    );
    expect(detail.notes).toHaveLength(1);
    const old = intakeDetailSchema.parse(await json(`/api/staff/intakes/${legacy.id}`, { cookie }));
    expect(old.rulesetVersion).toBe('2026.1');
    const log = auditPageSchema.parse(await json('/api/staff/audit', { cookie }));
    expect(log.items.map((e) => e.action)).toContain('changeStatus');

    // A notification waiting in the outbox, as administrators list it.
    await database.db.db
      .insertInto('outbox')
      .values({
        id: '0b6f3c1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b',
        channel: 'webhook',
        event: 'intake.created',
        intake_id: current!.id,
        payload: JSON.stringify({ reference: receipt.reference }),
        created_at: '2026-11-30T09:00:00.000Z',
        attempts: 2,
        next_attempt_at: '2026-11-30T09:05:00.000Z',
        locked_until: null,
        lock_token: null,
        last_error: 'The receiver answered 503.',
        delivered_at: null,
        failed_at: null,
      })
      .execute();
    const deliveries = deliveryPageSchema.parse(
      await json('/api/staff/deliveries?state=pending', { cookie }),
    );
    expect(deliveries.items.map((d) => d.intake.reference)).toEqual([receipt.reference]);
    deliveryPageSchema.parse(await json('/api/staff/deliveries', { cookie }));

    // Two-step sign-in: enrolment, its recovery codes, and both steps of a sign-in.
    await addStaff(database.db.db, { email: 'mfa@clinic.example', role: 'staff', password });
    const mfaCookie = await sessionCookie(app, 'mfa@clinic.example', password);
    const enrolment = mfaEnrolmentSchema.parse(
      await json('/api/staff/mfa/enroll', { method: 'POST', cookie: mfaCookie }),
    );
    const { recoveryCodes } = recoveryCodesSchema.parse(
      await json('/api/staff/mfa/confirm', {
        method: 'POST',
        cookie: mfaCookie,
        payload: { code: totp(enrolment.secret) },
      }),
    );
    const passwordStep = await app.inject({
      method: 'POST',
      url: '/api/staff/login',
      headers: { host, origin: publicUrl },
      payload: { email: 'mfa@clinic.example', password },
    });
    expect(loginResponseSchema.parse(passwordStep.json())).toEqual({ mfaRequired: true });
    staffUserResponseSchema.parse(
      await json('/api/staff/login/mfa', {
        method: 'POST',
        cookie: String(passwordStep.headers['set-cookie']).split(';')[0] ?? '',
        payload: { code: recoveryCodes[0] ?? '' },
      }),
    );

    // And the check can fail: a field the schema does not name is refused.
    expect(okSchema.safeParse({ ok: true, extra: 1 }).success).toBe(false);
  });
});
