import { randomUUID } from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeRequestSchema } from '../../src/api/contract';
import { emergencyRedFlags } from '../../src/rules';
import { count } from '../servers';
import {
  expectNoPersonalDataInLogs,
  record,
  startServer,
  traceableIntake,
  type RunningServer,
} from './support';

// At least 5,000 generated malformed requests to POST /api/intakes over real HTTP. Every answer is
// a 4xx in the JSON error shape, never a 5xx; nothing is stored; the server keeps answering.

const RUNS = 5_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

interface Case {
  kind: string;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer>;
}

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

/** Paths to every value in a JSON object, e.g. ['answers', 'back', 'legPain']. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(target: Json, path: string[], value: unknown): void {
  let node: Json = target;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') return;
    node = child as Json;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const bases = Array.from({ length: 25 }, (_, i) => traceableIntake(seed + i) as unknown as Json);
const json = { 'content-type': 'application/json' };
const withKey = (headers: Record<string, string>) => ({
  ...headers,
  'idempotency-key': randomUUID(),
});

/** A mutated body that the contract itself refuses (so a 201 would be a bug, not luck). */
const invalidBody = (
  mutate: (base: Json) => fc.Arbitrary<(body: Json) => void>,
  kind: string,
): fc.Arbitrary<Case> =>
  fc
    .constantFrom(...bases)
    .chain((base) => mutate(base).map((change) => [base, change] as const))
    .map(([base, change]) => {
      const body = clone(base);
      change(body);
      return body;
    })
    .filter((body) => !intakeRequestSchema.safeParse(body).success)
    .map((body) => ({ kind, headers: withKey(json), body: JSON.stringify(body) }));

const pathOf = (base: Json) => fc.constantFrom(...paths(base).filter((p) => p.length > 0));

const cases: fc.Arbitrary<Case> = fc.oneof(
  invalidBody(
    (base) => pathOf(base).map((p) => (b: Json) => setAt(b, p, undefined)),
    'missing field',
  ),
  invalidBody(
    (base) =>
      fc
        .tuple(
          pathOf(base),
          fc.oneof(
            fc.integer(),
            fc.boolean(),
            fc.constant(null),
            fc.string(),
            fc.array(fc.integer()),
            fc.object(),
          ),
        )
        .map(
          ([p, v]) =>
            (b: Json) =>
              setAt(b, p, v),
        ),
    'wrong type',
  ),
  invalidBody(
    (base) =>
      fc.tuple(pathOf(base), fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue()).map(
        ([p, key, v]) =>
          (b: Json) =>
            setAt(b, [...p.slice(0, -1), `x_${key}`], v),
      ),
    'extra field',
  ),
  invalidBody(
    (base) =>
      fc.tuple(pathOf(base), fc.integer({ min: 1_001, max: 60_000 })).map(
        ([p, n]) =>
          (b: Json) =>
            setAt(b, p, 'x'.repeat(n)),
      ),
    'huge string',
  ),
  invalidBody(
    (base) =>
      fc.tuple(pathOf(base), fc.integer({ min: 100, max: 20_000 })).map(
        ([p, n]) =>
          (b: Json) =>
            setAt(
              b,
              p,
              Array.from({ length: n }, (_, i) => i % 7),
            ),
      ),
    'huge array',
  ),
  invalidBody(
    (base) =>
      fc
        .tuple(pathOf(base), fc.integer({ min: 50, max: 3_000 }), fc.boolean())
        .map(([p, depth, arrays]) => (b: Json) => {
          let value: unknown = 'deep';
          for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
          setAt(b, p, value);
        }),
    'deep nesting',
  ),
  fc
    .tuple(fc.constantFrom(...bases), fc.constantFrom('__proto__', 'constructor'), fc.boolean())
    .map(([base, key, nested]) => {
      const text = JSON.stringify(base);
      const poison = key === '__proto__' ? '{"isAdmin":true}' : '{"prototype":{"isAdmin":true}}';
      const body = nested
        ? text.replace('"answers":{', `"answers":{"${key}":${poison},`)
        : `{"${key}":${poison},${text.slice(1)}`;
      return { kind: 'prototype keys', headers: withKey(json), body };
    }),
  fc
    .tuple(fc.constantFrom(...bases), fc.nat(), fc.string({ maxLength: 20 }))
    .map(([base, cut, junk]) => {
      const text = JSON.stringify(base);
      return {
        kind: 'invalid JSON',
        headers: withKey(json),
        body: text.slice(0, cut % text.length) + junk,
      };
    })
    .filter((c) => {
      try {
        JSON.parse(c.body);
        return false;
      } catch {
        return true;
      }
    }),
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map((a) => a.map((b) => 0x80 | (b & 0x3f))),
    )
    .map(([base, bad]) => {
      const text = Buffer.from(JSON.stringify(base));
      const at = text.indexOf(Buffer.from('"firstName":"')) + 13;
      const body = Buffer.concat([
        text.subarray(0, at),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(bad),
        text.subarray(at),
      ]);
      return { kind: 'invalid UTF-8', headers: withKey(json), body: Uint8Array.from(body) };
    }),
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'text/json',
        '',
      ),
    )
    .map(([base, type]) => ({
      kind: 'wrong content type',
      headers: withKey(type ? { 'content-type': type } : {}),
      body: type ? JSON.stringify(base) : Uint8Array.from(Buffer.from(JSON.stringify(base))),
    })),
  fc
    .tuple(fc.constantFrom(...bases), fc.integer({ min: 65 * 1024, max: 2 * 1024 * 1024 }))
    .map(([base, size]) => ({
      kind: 'oversized body',
      headers: withKey(json),
      body: JSON.stringify({ ...base, padding: 'x'.repeat(size) }),
    })),
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.oneof(
        fc.constant(undefined),
        fc.constant(''),
        fc.string({ maxLength: 60 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s.trim())),
        fc.constant(`${randomUUID()},${randomUUID()}`),
        fc.constant('x'.repeat(4_000)),
        fc.uuid().map((u) => `${u}0`),
      ),
    )
    .map(([base, key]) => ({
      kind: 'bad idempotency key',
      headers:
        key === undefined ? json : { ...json, 'idempotency-key': key.replace(/[\r\n\0]/g, '?') },
      body: JSON.stringify(base),
    })),
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.oneof(
        fc.constant(1),
        fc.integer().filter((v) => v !== 2),
        fc.constant('2'),
        fc.constant(null),
        fc.string({ maxLength: 3000 }),
      ),
    )
    .map(([base, version]) => {
      const body = clone(base);
      (body.answers as Json).version = version;
      return {
        kind: 'answers of another version',
        headers: withKey(json),
        body: JSON.stringify(body),
      };
    }),
  fc
    .tuple(fc.constantFrom(...bases), fc.subarray([...emergencyRedFlags], { minLength: 1 }))
    .map(([base, flags]) => {
      const body = clone(base);
      (body.answers as Json).redFlags = flags;
      return { kind: 'emergency answers', headers: withKey(json), body: JSON.stringify(body) };
    }),
);

/**
 * One request over plain node:http. A server may answer an oversized body (413) before reading it
 * all and close; the answer counts even though the rest of the body could not be written.
 */
function send(base: string, c: Case) {
  return new Promise<{
    status: number;
    headers: { get: (name: string) => string | null };
    text: string;
  }>((resolve, reject) => {
    const body = typeof c.body === 'string' ? Buffer.from(c.body) : Buffer.from(c.body);
    const request = http.request(`${base}/api/intakes`, {
      method: 'POST',
      headers: { ...c.headers, 'content-length': String(body.length) },
    });
    let answered = false;
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: { get: (name) => String(response.headers[name.toLowerCase()] ?? '') || null },
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ label: 'fuzz' });
});
afterAll(async () => {
  server.process.kill('SIGTERM');
  await server.exited;
  expectNoPersonalDataInLogs();
});

describe('fuzzing POST /api/intakes', () => {
  it(`answers ${RUNS.toLocaleString('en-US')} malformed requests with a JSON 4xx, stores nothing, and keeps answering (seed ${seed})`, async () => {
    const all = fc.sample(cases, { numRuns: RUNS, seed });
    const byStatus = new Map<number, number>();
    const byKind = new Map<string, number>();
    let cutShort = 0;
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < all.length; i = next++) {
        const c = all[i]!;
        let response: Awaited<ReturnType<typeof send>>;
        try {
          response = await send(server.url, c);
        } catch (error) {
          // A body over the limit is refused from its Content-Length alone: the server answers
          // 413 and closes the connection without reading the rest, so a client still writing
          // may see the connection end first. Nothing else may fail to answer.
          expect(c.kind, String(error)).toBe('oversized body');
          cutShort++;
          continue;
        }
        const text = response.text;
        const where = `${c.kind} (case ${i}, seed ${seed})`;
        expect(response.status, where).toBeGreaterThanOrEqual(400);
        expect(response.status, where).toBeLessThan(500);
        expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
        const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof body.error?.code, where).toBe('string');
        expect(typeof body.error?.message, where).toBe('string');
        if (c.kind === 'answers of another version')
          expect(body.error?.code, where).toBe('unsupported_version');
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
        if (i % 250 === 0)
          expect((await fetch(`${server.url}/api/health`)).status, `health after ${i}`).toBe(200);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    const n = await count({ sqlite: server.dataDir }, 'select count(*) as n from intakes');
    const k = await count({ sqlite: server.dataDir }, 'select count(*) as n from idempotency_keys');
    expect(n).toBe(0);
    expect(k).toBe(0);
    // Still answering, and still storing what is valid.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const valid = await fetch(`${server.url}/api/intakes`, {
      method: 'POST',
      headers: withKey(json),
      body: JSON.stringify(bases[0]),
    });
    expect(valid.status).toBe(201);

    record('malformed requests fuzzed (POST /api/intakes)', all.length);
    record('  of which 5xx / stored', `0 / ${n}`);
    record(
      '  answers by status',
      [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, c]) => `${s}: ${c}`)
        .join(', '),
    );
    record('  kinds of malformation', byKind.size);
    record('  oversized bodies refused by closing before the 413 was read', cutShort);
    record('fuzz seed (FUZZ_SEED to repeat)', String(seed));
  });
});
