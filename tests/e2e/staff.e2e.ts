import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/open';
import { legacyRecords, storeLegacyIntake } from '../../src/server/testing/legacy.testing';
import { newKey, validRequest } from '../../src/server/testing/requests.testing';
import { launchBrowser, viewports } from './browser';
import { checkScreen } from './patient';

const artifacts = new URL('../artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(edit?: Parameters<typeof validRequest>[0], lastName = 'Delgado') {
  const request = validRequest(edit);
  request.contact.lastName = lastName;
  const response = await fetch(`${inject('baseUrl')}/api/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
    body: JSON.stringify(request),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/** The inbox's rows (the table's body, without its header row). */
const intakeRows = (page: Page) =>
  page
    .getByRole('table', { name: /Intakes, most pressing first/ })
    .locator('tbody')
    .getByRole('row');

/** Signs the administrator of the first test in. */
async function signIn(page: Page) {
  await page.goto(`${inject('baseUrl')}/staff`);
  await page.getByLabel('Email').fill('admin@clinic.example');
  await page.getByLabel('Password').fill('the knee bone connects to the thigh bone');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
    .toBe('Intakes');
}

/**
 * What staff see at the two sizes the issue names: the desktop's first screen as it is (no
 * scrolling), and on a phone the first screen and the whole page.
 */
async function screens(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${artifacts}${name}-1280x800.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${artifacts}${name}-390x844-first-screen.png` });
  await page.screenshot({ path: `${artifacts}${name}-390x844.png`, fullPage: true });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    `no horizontal scroll on ${name} at 390 px`,
  ).toBe(false);
  if (size) await page.setViewportSize(size);
}

/** The bottom edge of an element on the first screen, in CSS pixels from the top of the page. */
const bottomOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  return (box?.y ?? Infinity) + (box?.height ?? 0);
};

describe('the staff inbox', () => {
  it('first start: the printed link creates an administrator, who finds, reads, updates and exports an intake', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, bypassCSP: true });
    const page = await context.newPage();
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();

    const good = await submit(undefined, 'Goodwin');
    await page.goto(inject('setupUrl'));
    await expect.poll(heading).toBe('Create the first administrator');
    await checkScreen(page, 'staff-setup');
    await page.getByLabel('Email').fill('admin@clinic.example');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5000 })
      .toMatch(/12 characters/);
    // Long enough, but what people choose: refused, saying why and what works.
    await page.getByLabel('Password').fill('Summer2024!!');
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5000 })
      .toMatch(/too easy to guess.*passphrase/);
    await checkScreen(page, 'staff-setup-weak-password');
    await page.getByLabel('Password').fill('the knee bone connects to the thigh bone');
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    // Creating the account hashes the password with scrypt, twice: allow it a few seconds.
    await expect.poll(heading, { timeout: 10_000 }).toBe('Intakes');

    // A request sent now shows up within a second or so, above the others because it is urgent.
    const urgent = await submit((a) => {
      a.redFlags = ['unexplainedWeightLoss'];
    }, 'Urgell');
    const rows = intakeRows(page);
    await expect
      .poll(() => rows.first().textContent(), { timeout: 3000, interval: 100 })
      .toContain(urgent);
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(good)]),
    );
    await checkScreen(page, 'staff-inbox');

    await page.getByLabel('Name or reference').fill('Goodwin');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('rowheader').getByRole('link').click();
    await expect.poll(heading).toContain(good);
    expect(await page.getByRole('region', { name: 'Summary' }).textContent()).toContain(
      'Good candidate',
    );
    expect(await page.getByRole('region', { name: 'Summary' }).textContent()).toContain(
      'Epidural steroid injection',
    );
    expect(await page.getByRole('region', { name: 'Answers' }).textContent()).toContain(
      'Yes, below the knee',
    );
    await checkScreen(page, 'staff-intake');

    await page.getByLabel('Status', { exact: true }).selectOption('contacted');
    await page.getByLabel('Add a note').fill('Called, left a voicemail.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.getByText('Called, left a voicemail.').count()).toBe(1);
    await expect
      .poll(() => page.getByLabel('Status', { exact: true }).inputValue())
      .toBe('contacted');

    const fhirPath = await page.getByRole('link', { name: /Download FHIR/ }).getAttribute('href');
    const fhir = await page.request.get(`${inject('baseUrl')}${fhirPath ?? ''}`);
    expect(fhir.status()).toBe(200);
    const resource = (await fhir.json()) as { resourceType: string; identifier: { value: string } };
    expect(resource).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      identifier: { value: good },
    });

    await page.getByRole('link', { name: '← All intakes' }).click();
    const csv = await page.request.get(
      `${inject('baseUrl')}/api/staff/intakes.csv?status=contacted`,
    );
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(good);

    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(heading).toBe('Audit log');
    await expect
      .poll(() => page.getByRole('table').textContent(), { timeout: 5000 })
      .toContain('Changed the status');
    const log = await page.getByRole('table').textContent();
    for (const action of [
      'Changed the status (new → contacted)',
      'Added a note',
      'Opened an intake',
      'Exported a FHIR record',
      'Exported a CSV file (filtered by status: contacted)',
      'Viewed the intake list (no filter)',
      'Created the first administrator and signed in',
    ])
      expect(log).toContain(action);
    // Entries name intakes by reference, never by an internal code.
    expect(log).toContain(good);
    expect(log).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await checkScreen(page, 'staff-audit');

    // One intake's access history, from the intake itself.
    await page.getByRole('link', { name: good }).first().click();
    await expect.poll(heading).toContain(good);
    await page.getByRole('link', { name: 'Who saw this intake' }).click();
    await expect.poll(heading).toBe(`Who saw intake ${good}`);
    const history = await page.getByRole('table').textContent();
    expect(history).toContain('Opened an intake');
    expect(history).toContain('Viewed the intake list');
    await checkScreen(page, 'staff-audit-intake');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(heading, { timeout: 5000 }).toBe('Sign in to the intake inbox');
    await checkScreen(page, 'staff-login');
    await context.close();
  });

  it('shows an intake stored under ruleset 2026.1 as it was, labelled, and the new answers of a version-2 intake', async () => {
    // Written into the server's own database as the 2026.1 release wrote it (the urgent example).
    // With the server's own key, the file beside its data.
    const db = await openDatabase(
      { kind: 'sqlite', file: join(inject('dataDir'), 'intake.db') },
      { kind: 'file', path: join(inject('dataDir'), 'data.key') },
    );
    const old = await storeLegacyIntake(db, legacyRecords[1]!, {
      reference: 'OLD-2AA',
      createdAt: new Date().toISOString(),
      lastName: 'Oldfield',
    });
    await db.close();
    const current = await submit((a) => {
      a.treatments.injections = 'temporaryRelief';
      a.priorProcedures = [
        { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
        { kind: 'facetOrMedialBranchBlock', relief: 'under50', lasted: 'underOneDay' },
      ];
      a.imaging = 'mriOrCtWithin2Years';
      a.steroidCoursesPast12Months = 1;
      a.history = ['bloodThinners'];
      a.bloodThinnerKinds = ['antiplatelet'];
      a.mood = { phq2: [2, 2], gad2: [1, 0], selfHarmThoughts: true };
    }, 'Newman');

    const context = await browser.newContext({ viewport: viewports.desktop, bypassCSP: true });
    const page = await context.newPage();
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    await signIn(page);

    const rows = intakeRows(page);
    await page.getByLabel('Name or reference').fill('oldfield');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('ruleset 2026.1');
    await checkScreen(page, 'staff-inbox-2026.1');
    await rows.first().getByRole('rowheader').getByRole('link').click();
    await expect.poll(heading).toContain(old.reference);
    const summary = page.getByRole('region', { name: 'Summary' });
    expect(await summary.textContent()).toContain('Received under ruleset 2026.1');
    expect(await summary.textContent()).toContain('Urgent');
    expect(await page.getByRole('region', { name: 'Answers' }).textContent()).not.toContain(
      'Latest imaging',
    );
    await checkScreen(page, 'staff-intake-2026.1');

    await page.getByRole('link', { name: '← All intakes' }).click();
    await page.getByLabel('Name or reference').fill('newman');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).not.toContain('ruleset');
    await rows.first().getByRole('rowheader').getByRole('link').click();
    await expect.poll(heading).toContain(current);
    expect(await summary.textContent()).toContain('thoughts of self-harm in the past 2 weeks: YES');
    expect(await page.getByRole('region', { name: /Same-day call/ }).textContent()).toContain(
      'the same business day',
    );
    const answers = await page.getByRole('region', { name: 'Answers' }).textContent();
    for (const text of [
      'Earlier procedure: Epidural steroid injection',
      '50–79% relief, lasted days to weeks',
      'MRI or CT within 2 years',
      'Antiplatelet (clopidogrel/Plavix',
      '2 + 2 = 4 of 6',
    ])
      expect(answers).toContain(text);
    await checkScreen(page, 'staff-intake-2026.2');
    await context.close();
  });

  it('puts a self-harm "yes" first and refuses to close it until a note records the outreach call', async () => {
    // A full case: treatments, two earlier procedures, imaging, a blood thinner, several cautions.
    const sameDay = await submit((a) => {
      a.treatments.injections = 'temporaryRelief';
      a.treatments.prescriptionMedication = 'temporaryRelief';
      a.priorProcedures = [
        { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
        { kind: 'facetOrMedialBranchBlock', relief: 'under50', lasted: 'underOneDay' },
      ];
      a.imaging = 'mriOrCtWithin2Years';
      a.steroidCoursesPast12Months = 1;
      a.history = ['bloodThinners', 'diabetes'];
      a.bloodThinnerKinds = ['doac', 'aspirin'];
      a.mood = { phq2: [2, 1], gad2: [1, 1], selfHarmThoughts: true };
    }, 'Samedi');
    const routine = await submit(undefined, 'Routier');

    const context = await browser.newContext({ viewport: viewports.desktop, bypassCSP: true });
    const page = await context.newPage();
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    await signIn(page);

    // First, though older than the routine one and not urgent; badged in words.
    const rows = intakeRows(page);
    await expect
      .poll(() => rows.first().textContent(), { timeout: 3000, interval: 100 })
      .toContain(sameDay);
    const texts = await rows.allTextContents();
    const at = (reference: string) => texts.findIndex((text) => text.includes(reference));
    expect(at(routine)).toBeGreaterThan(0);
    const first = rows.first();
    expect(await first.getByText('Same-day call').isVisible()).toBe(true);
    expect(await first.textContent()).toContain('Good candidate');
    expect(await rows.nth(at(routine)).textContent()).not.toContain('Same-day call');
    expect(await rows.nth(at(routine)).getByRole('cell', { name: 'None' }).count()).toBe(1);
    const urgentRow = texts.findIndex(
      (text) => text.includes('Urgent') && !text.includes('Same-day'),
    );
    if (urgentRow >= 0) expect(urgentRow).toBeGreaterThan(0);
    await checkScreen(page, 'staff-inbox-same-day');
    await screens(page, 'staff-inbox-same-day');

    await first.getByRole('rowheader').getByRole('link').click();
    await expect.poll(heading).toContain(sameDay);
    const callout = page.getByRole('region', { name: /Same-day call/ });
    expect(await callout.textContent()).toContain('the same business day');
    expect(await callout.textContent()).toContain('No outreach record yet.');
    const summary = page.getByRole('region', { name: 'Summary' });
    expect(await summary.textContent()).toContain('thoughts of self-harm in the past 2 weeks: YES');
    const outreachBox = page.getByRole('checkbox', { name: 'This note records the outreach call' });
    expect(await outreachBox.isChecked()).toBe(false);
    await checkScreen(page, 'staff-intake-same-day');
    await screens(page, 'staff-intake-same-day');

    // At 1280×800, without scrolling: how urgent, what pattern, what was tried, what to watch.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const part of [
      page.getByRole('combobox', { name: 'Status' }),
      page.getByRole('region', { name: 'Contact' }),
      callout,
      summary.locator('.summary-line'),
      summary.getByText('Good candidate', { exact: true }),
      summary
        .getByRole('heading', { name: 'Warning signs' })
        .locator('xpath=following-sibling::*[1]'),
      summary.getByRole('heading', { name: 'Mood' }).locator('xpath=following-sibling::*[1]'),
      summary.getByRole('heading', { name: 'Cautions' }).locator('xpath=following-sibling::*[1]'),
      summary.getByRole('heading', { name: 'Procedures' }).locator('xpath=following-sibling::*[1]'),
      summary.getByText('Treatments tried'),
      summary.getByText('Blood thinners'),
    ])
      expect(await bottomOf(part), String(part)).toBeLessThanOrEqual(800);

    // Closing before the outreach record: the server's words, and the select shows what is saved.
    const status = page.getByLabel('Status', { exact: true });
    await status.focus();
    await status.selectOption('closed');
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5000 })
      .toContain('marked as the outreach record, before closing the intake');
    expect(await status.inputValue()).toBe('new');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-status');
    await screens(page, 'staff-intake-same-day-refused');

    await page.getByLabel('Add a note').fill('Called at 10:40; patient safe, GP informed.');
    await outreachBox.check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('Outreach record saved');
    const notes = page.getByRole('region', { name: 'Notes' });
    expect(await notes.getByRole('listitem').first().textContent()).toMatch(
      /^Outreach record .*Called at 10:40/,
    );
    expect(await callout.textContent()).toContain('Outreach recorded.');

    await status.selectOption('closed');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('Status saved: Closed');
    expect(await status.inputValue()).toBe('closed');
    expect(await page.getByRole('alert').count()).toBe(0);
    await screens(page, 'staff-intake-same-day-closed');

    // On paper: the header, contact, the callout, the summary and the notes; no forms or buttons.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${artifacts}staff-intake-same-day-print.png`, fullPage: true });
    for (const hidden of [
      page.getByRole('button', { name: 'Save note' }),
      page.getByRole('button', { name: 'Print' }),
      page.getByRole('navigation', { name: 'Staff' }),
      status,
    ])
      expect(await hidden.isVisible()).toBe(false);
    for (const shown of [callout, summary, notes, page.getByRole('region', { name: 'Contact' })])
      expect(await shown.isVisible()).toBe(true);
    const printedStatus = page.locator('.status-control .print-only');
    expect(await printedStatus.isVisible()).toBe(true);
    expect(await printedStatus.textContent()).toBe('Closed');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('sends the staff page with frame-ancestors none, and the patient page never loads its code', async () => {
    const response = await fetch(`${inject('baseUrl')}/staff`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const context = await browser.newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /staff|queryClient/.test(s))).toEqual([]);
    await context.close();
  });
});
