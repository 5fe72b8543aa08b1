import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { applicableSteps } from '../../src/flows/steps';
import { assess } from '../../src/rules';
import { answersWith } from '../../src/rules/examples.testing';
import { enFull as en } from '../../src/ui/i18n/full';
import { birthDateFor } from '../../src/server/testing/requests.testing';
import { Keyring } from '../../src/server/crypto/keyring';
import { openIntakeWith, unwrapKey } from '../../src/server/crypto/vault';
import { launchBrowser, viewports } from './browser';
import { checkScreen, fillContact, PatientDriver, titleOf } from './patient';

let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(): Promise<Page> {
  context = await browser.newContext({
    viewport: viewports.phone,
    locale: 'en-US',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

const answers = answersWith((a) => {
  a.back = { legPain: 'belowKnee', worseWith: [], diagnoses: ['sciatica'], priorSurgery: false };
});

async function toRequest(page: Page, journey: string) {
  const patient = new PatientDriver(page, en, journey);
  for (const { id: step } of applicableSteps(answers)) {
    await patient.expectStep(step);
    await patient.answer(step, answers);
    await patient.next();
  }
  await page.getByRole('button', { name: en.review.confirm }).click();
  await page.getByRole('button', { name: en.result.request }).click();
  await expect.poll(() => patient.title()).toBe(en.request.title);
  return patient;
}

/** The stored intake, opened with the server's own key (the file beside its data). */
function storedRow(reference: string) {
  const dataDir = inject('dataDir');
  const db = new SQLite(join(dataDir, 'intake.db'), { readonly: true });
  try {
    const row = db.prepare('select * from intakes where reference = ?').get(reference) as
      { id: string; status: string; key_id: string; data_key: string; sealed: string } | undefined;
    if (!row) return undefined;
    const keyring = new Keyring({ kind: 'file', path: join(dataDir, 'data.key') });
    const dataKey = unwrapKey(keyring, row, `intake:${row.id}`);
    return { status: row.status, ...openIntakeWith(dataKey, row) };
  } finally {
    db.close();
  }
}

describe('the consultation request', () => {
  it('goes from the first question to a stored intake with the reference the patient saw', async () => {
    const page = await open();
    await toRequest(page, 'request');
    await checkScreen(page, 'request-empty');
    await page.getByRole('button', { name: en.request.send }).click();
    // Each error beside its field, and again as a link in the error summary.
    await expect.poll(() => page.getByText(en.request.errors.consentContact).count()).toBe(2);
    expect(await page.getByText(en.request.errors.consentPrivacy).count()).toBe(2);
    await checkScreen(page, 'request-errors');
    await fillContact(page, answers.age);
    await page.getByLabel(en.request.dateOfBirth).fill('1950-06-01');
    await page.getByRole('button', { name: en.request.send }).click();
    await expect
      .poll(() => page.getByText(en.request.errors.dateOfBirth.age(answers.age)).count())
      .toBe(2);
    await page.getByLabel(en.request.dateOfBirth).fill(birthDateFor(answers.age));
    await page.getByRole('button', { name: en.request.send }).click();
    await expect.poll(() => titleOf(page)).toBe(en.submitted.title);
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    await checkScreen(page, 'submitted');

    const row = storedRow(reference);
    expect(row).toBeDefined();
    expect(row?.status).toBe('new');
    expect(row!.answers).toEqual(answers);
    expect(row!.assessment).toEqual(assess(answers));
    expect(row!.contact).toMatchObject({
      firstName: 'Marta',
      preferredContact: 'text',
      bestTime: 'evening',
    });
  });

  it('says so when a pasted name carries hidden characters, and sends once they are gone', async () => {
    const page = await open();
    await toRequest(page, 'request-hidden');
    await fillContact(page, answers.age);
    // A right-to-left override pasted with the name: it would show "Quinoret" to staff.
    await page.getByLabel(en.request.lastName).fill('Quin\u202Etero');
    await page.getByRole('button', { name: en.request.send }).click();
    const hidden = en.request.errors.hiddenCharacters(en.request.lastName);
    await expect.poll(() => page.getByText(hidden).count()).toBe(2);
    await checkScreen(page, 'request-hidden-characters');
    await page.getByLabel(en.request.lastName).fill('Quintero');
    await page.getByRole('button', { name: en.request.send }).click();
    await expect.poll(() => titleOf(page)).toBe(en.submitted.title);
  });

  it('tells a patient whose page is older than the form to reload, not to check their details', async () => {
    const page = await open();
    await toRequest(page, 'outdated');
    await fillContact(page, answers.age);
    // What the server answers to answers of a version it no longer accepts (a page opened before
    // an update); this build sends version 2, so the answer is staged here.
    await page.route('**/api/intakes', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'unsupported_version',
            message: 'This form was updated.',
            fields: [{ path: 'answers.version', message: 'unsupported' }],
          },
        }),
      }),
    );
    await page.getByRole('button', { name: en.request.send }).click();
    await expect.poll(() => page.getByText(en.request.failed.outdated).count()).toBe(1);
    expect(await page.getByText(en.request.failed.rejected).count()).toBe(0);
  });

  it('keeps every answer when offline, and sends once when the patient tries again', async () => {
    const page = await open();
    await toRequest(page, 'offline');
    await fillContact(page, answers.age);
    const keys: string[] = [];
    let offline = true;
    await page.route('**/api/intakes', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (offline) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.getByRole('button', { name: en.request.send }).click();
    await expect
      .poll(() => page.getByText(en.request.failed.offline).count(), { timeout: 30_000 })
      .toBe(1);
    expect(keys.length).toBe(4);
    await checkScreen(page, 'request-offline');
    expect(await page.getByLabel(en.request.firstName).inputValue()).toBe('Marta');
    offline = false;
    await page.getByRole('button', { name: en.request.retry }).click();
    await expect.poll(() => titleOf(page)).toBe(en.submitted.title);
    expect(new Set(keys).size).toBe(1);
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(storedRow(reference)).toBeDefined();
  });
});
