import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app';
import { clinicConfigSchema } from '../../src/server/config';
import { freshDatabase, type TestDatabase } from '../../src/server/testing/databases.testing';
import { record } from './support';

// The security headers on every route the app has (from its own route table), every built file it
// serves, and its error answers, with the built client and loader as `npm start` serves them.

const root = new URL('../..', import.meta.url).pathname;
const clientDir = join(root, 'dist/client');
const allowed = 'https://www.example-clinic.com';

let database: TestDatabase;
let app: App;
beforeAll(async () => {
  database = await freshDatabase('sqlite');
  app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({ embedOrigins: [allowed] }),
    clientDir,
    widgetFile: join(root, 'dist/widget/widget.js'),
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

function expectStrictHeaders(
  url: string,
  headers: Record<string, string | string[] | number | undefined>,
) {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp, url).toContain("default-src 'self'");
  expect(csp, url).toContain("script-src 'self'");
  expect(csp, url).not.toContain('unsafe-inline');
  expect(csp, url).not.toContain('unsafe-eval');
  const embeddable = url === '/embed' || url.startsWith('/embed?');
  expect(csp, url).toContain(
    embeddable ? `frame-ancestors 'self' ${allowed}` : "frame-ancestors 'none'",
  );
  if (!embeddable) expect(headers['x-frame-options'], url).toBe('DENY');
  expect(String(headers['strict-transport-security']), url).toMatch(/max-age=(\d{8,})/);
  expect(
    Number(/max-age=(\d+)/.exec(String(headers['strict-transport-security']))?.[1]),
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on every route, every built file and every error answer', async () => {
    const requests: {
      method: string;
      url: string;
      payload?: string;
      headers?: Record<string, string>;
    }[] = [];
    for (const route of app.routeTable) {
      if (route.method === 'HEAD' || route.url.includes('*')) continue;
      requests.push({
        method: route.method,
        url: route.url.replace(/:(\w+)/g, 'x1'),
        ...(route.method !== 'GET' && {
          payload: '{}',
          headers: { 'content-type': 'application/json' },
        }),
      });
    }
    for (const file of files(clientDir))
      requests.push({ method: 'GET', url: `/${relative(clientDir, file)}` });
    requests.push(
      { method: 'GET', url: `/embed?parent=${encodeURIComponent(allowed)}` },
      { method: 'GET', url: '/nothing-here' },
      {
        method: 'POST',
        url: '/api/intakes',
        payload: 'x',
        headers: { 'content-type': 'text/plain' },
      },
      {
        method: 'POST',
        url: '/api/intakes',
        payload: '{',
        headers: { 'content-type': 'application/json' },
      },
      {
        method: 'POST',
        url: '/api/intakes',
        payload: JSON.stringify({ a: 'x'.repeat(70_000) }),
        headers: { 'content-type': 'application/json' },
      },
    );
    const statuses = new Set<number>();
    for (const request of requests) {
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.url,
        ...(request.payload !== undefined && { payload: request.payload }),
        ...(request.headers && { headers: request.headers }),
      });
      statuses.add(response.statusCode);
      expectStrictHeaders(request.url, response.headers);
    }
    // The answers checked include successes, client errors and refusals.
    expect([...statuses].some((s) => s < 300)).toBe(true);
    expect([...statuses].some((s) => s >= 400)).toBe(true);
    record(
      'responses checked for CSP, frame-ancestors, HSTS, nosniff, Referrer-Policy',
      requests.length,
    );
  });
});
