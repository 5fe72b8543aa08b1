import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app';
import { clinicConfigSchema } from './config';
import { freshDatabase, type TestDatabase } from './testing/databases.testing';

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'ipm-widget-'));
  const widgetFile = join(dir, 'widget.js');
  writeFileSync(widgetFile, 'var b=`%%IPM_BRAND%%`,t=`%%IPM_BRAND_TEXT%%`;');
  // A stand-in for the built patient app, so /embed and /staff are the routes they are in production.
  const clientDir = join(dir, 'client');
  mkdirSync(clientDir);
  for (const page of ['index.html', 'staff.html'])
    writeFileSync(join(clientDir, page), '<!doctype html><title>x</title>');
  app = await buildApp({
    clientDir,
    db: database.db,
    clinic: clinicConfigSchema.parse({
      brandColor: '#FFCC00',
      embedOrigins: ['https://www.example-clinic.com'],
    }),
    widgetFile,
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('/widget.js', () => {
  it('carries the clinic’s brand and the text colour chosen for it', async () => {
    const response = await app.inject('/widget.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe('var b=`#ffcc00`,t=`#000000`;');
  });

  it('may be loaded by other sites, compressed, and is cached briefly', async () => {
    const response = await app.inject({
      url: '/widget.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toContain('#ffcc00');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('/theme.css', () => {
  it('themes the app with the brand, a readable text colour and a darker shade for text', async () => {
    const response = await app.inject('/theme.css');
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toContain('--brand:#ffcc00');
    expect(response.body).toContain('--brand-text:#000000');
    expect(response.body).not.toContain('--brand-ink:#ffcc00');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

describe('framing', () => {
  it('lets only the configured origins frame /embed, and nobody frame anything else', async () => {
    const embed = await app.inject('/embed?parent=https://www.example-clinic.com');
    expect(embed.headers['content-security-policy']).toContain(
      "frame-ancestors 'self' https://www.example-clinic.com",
    );
    expect(embed.headers['x-frame-options']).toBeUndefined();
    // The router's reading of the path decides, so every spelling of /embed is the same page,
    // and a path that only starts like it is not.
    const encoded = await app.inject('/%65mbed?parent=https://www.example-clinic.com');
    expect(encoded.statusCode).toBe(200);
    expect(encoded.headers['content-security-policy']).toContain('https://www.example-clinic.com');
    for (const url of ['/embedded', '/embed/../staff', '/%2Fembed']) {
      const response = await app.inject(url);
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    }
    for (const url of ['/', '/staff', '/widget.js', '/api/config']) {
      const response = await app.inject(url);
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });
});
