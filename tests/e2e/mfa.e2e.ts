import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepOf, totpAt } from '../../src/server/testing/totp.testing';
import { startBuiltServer, type BuiltServer } from '../servers';
import { launchBrowser, viewports } from './browser';
import { axeViolations } from './patient';

// Two-step sign-in as staff meet it, in Chromium against the built server with the default policy
// (STAFF_MFA=admins): the first administrator is sent to set it up before the inbox opens, scans
// (here: reads) the key, confirms a code, keeps the recovery codes, and signs in again with the
// password and then a code. Codes come from the tests' own RFC 6238, not the server's library.
// Each new screen is checked with axe and photographed at 1280x800 and 390x844.

const shots = process.env.MFA_SHOTS_DIR ?? new URL('../artifacts/mfa/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const email = 'chief@clinic.example';
const password = 'the knee bone connects to the thigh bone';

let browser: Browser;
let server: BuiltServer;
let dataDir = '';
let setupUrl = '';
let baseUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(join(tmpdir(), 'ipm-e2e-mfa-'));
  server = await startBuiltServer('two-step sign-in', { DATA_DIR: dataDir }, 'pipe');
  let output = '';
  server.child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let i = 0; i < 50 && !/#setup=/.test(output); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const link = /http:\/\/localhost:\d+(\/staff#setup=[\w-]+)/.exec(output)?.[1];
  if (!link) throw new Error(`no set-up link:\n${output}`);
  baseUrl = `http://localhost:${server.port}`;
  setupUrl = `${baseUrl}${link}`;
});
afterAll(async () => {
  await browser.close();
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Axe finds nothing, and the screen is photographed at both sizes without sideways scrolling. */
async function checkScreen(page: Page, name: string) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  const size = page.viewportSize();
  for (const [label, viewport] of [
    ['1280x800', viewports.desktop],
    ['390x844', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
      `no horizontal scroll on ${name} at ${label}`,
    ).toBe(false);
  }
  if (size) await page.setViewportSize(size);
}

const heading = (page: Page) => () => page.getByRole('heading', { level: 1 }).textContent();

describe('two-step sign-in', () => {
  it('an administrator sets it up when first signing in, then signs in with a password and a code', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();

    await page.goto(setupUrl);
    await expect.poll(heading(page)).toBe('Create the first administrator');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    // The clinic's default asks administrators for two-step sign-in: nothing else opens first.
    await expect.poll(heading(page), { timeout: 10_000 }).toBe('Set up two-step sign-in');
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.goto(`${baseUrl}/staff#/audit`);
    await expect.poll(heading(page)).toBe('Set up two-step sign-in');
    await checkScreen(page, 'mfa-required-start');

    await page.getByRole('button', { name: 'Start' }).click();
    const qr = page.getByRole('img', { name: /QR code for your authenticator app/ });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const key = ((await page.locator('.secret-key').textContent()) ?? '').replace(/\s+/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await checkScreen(page, 'mfa-setup-qr');

    const codeField = page.getByLabel('Type the six-digit code the app now shows');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    const wrong = String((Number(totpAt(key, stepOf())) + 1) % 1_000_000).padStart(6, '0');
    await codeField.fill(wrong);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not right/);
    await checkScreen(page, 'mfa-setup-wrong-code');
    // Signing in below takes the next step's code: a later step than this one.
    await codeField.fill(totpAt(key, stepOf()));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expect.poll(heading(page)).toBe('Save your recovery codes');
    const codes = await page
      .getByRole('list', { name: 'Recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    expect(await page.getByText('These codes are shown this once.').count()).toBe(1);
    await page.getByRole('button', { name: 'Copy codes' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${codes.join('\n')}\n`);
    await checkScreen(page, 'mfa-recovery-codes');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'mfa-recovery-codes-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'I have saved them: open the inbox' }).click();
    await expect.poll(heading(page)).toBe('Intakes');
    await page.getByRole('link', { name: 'Two-step sign-in' }).click();
    await expect.poll(heading(page)).toBe('Two-step sign-in');
    expect(await page.getByText('You have 10 recovery codes left.').count()).toBe(1);
    await checkScreen(page, 'mfa-settings-on');

    // Sign out, and in again: the password, then a code.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(heading(page)).toBe('Sign in to the intake inbox');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(heading(page), { timeout: 10_000 }).toBe('Two-step sign-in');
    const signInCode = page.getByLabel('Code from your authenticator app');
    expect(await signInCode.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await signInCode.getAttribute('inputmode')).toBe('numeric');
    await checkScreen(page, 'mfa-code-step');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').waitFor();
    await checkScreen(page, 'mfa-recovery-step');
    await page.getByRole('button', { name: 'Use a code from the app instead' }).click();
    await signInCode.fill('000000' === totpAt(key, stepOf()) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not right/);
    await checkScreen(page, 'mfa-code-step-wrong');
    await signInCode.fill(totpAt(key, stepOf() + 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(heading(page), { timeout: 10_000 }).toBe('Intakes');
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(1);

    // A recovery code, typed with spaces instead of its dash, works once.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(heading(page), { timeout: 10_000 }).toBe('Two-step sign-in');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill((codes[3] ?? '').toUpperCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(heading(page), { timeout: 10_000 }).toBe('Intakes');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect
      .poll(() => page.getByText('Signed in with a recovery code').count())
      .toBeGreaterThan(0);
    expect(await page.getByText('Set up two-step sign-in').count()).toBeGreaterThan(0);
    await context.close();
  }, 120_000);
});
