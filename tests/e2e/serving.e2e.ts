import { expect, inject, it } from 'vitest';

it('serves the patient page and its assets compressed, with strict headers', async () => {
  const base = inject('baseUrl');
  const page = await fetch(base, { headers: { 'accept-encoding': 'gzip' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  const html = await page.text();
  const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const encoding of ['gzip', 'br']) {
    const asset = await fetch(`${base}${scripts[0]}`, { headers: { 'accept-encoding': encoding } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe(encoding);
  }
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});
