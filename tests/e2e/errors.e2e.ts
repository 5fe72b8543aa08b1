import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { progressKey, saveProgress } from '../../src/flows/persistence';
import type { ScreenId } from '../../src/flows/questionnaire';
import type { Draft } from '../../src/flows/steps';
import { treatmentKinds } from '../../src/rules';
import { answersWith } from '../../src/rules/examples.testing';
import { enFull as en, esFull as es } from '../../src/ui/i18n/full';
import { launchBrowser, viewports } from './browser';
import { checkScreen, titleOf } from './patient';

// Error messages that say what is wrong (issue #14, item 3), on a phone, in English and Spanish:
// each rule its own message beside its field, an error summary that takes focus and whose links
// move focus to their fields, a paste longer than a limit kept whole and said, and no axe
// violation on any of these screens.

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

const answers = answersWith();
const { version: _version, ...answered } = answers;

/** The app at a screen with these answers so far, in a phone-sized browser of this language. */
async function openAt(locale: 'en' | 'es', screen: ScreenId, draft: Draft): Promise<Page> {
  context = await browser.newContext({
    viewport: viewports.phone,
    locale: locale === 'en' ? 'en-US' : 'es-US',
    bypassCSP: true,
  });
  // Allowed to read the clipboard, so that a paste is a real one (Control+V).
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let record = '';
  saveProgress(
    { getItem: () => null, setItem: (_key, value) => (record = value), removeItem: () => {} },
    screen,
    draft,
    Date.now(),
  );
  // Saved progress, there before the app's first line runs (the app tidies storage as it starts).
  await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: progressKey,
    value: record,
  });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

async function paste(page: Page, label: string, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** The message beside its field (the summary says it again, as a link). */
const inline = (page: Page, message: string) =>
  page.locator('.field-error').getByText(message, { exact: true });
const summaryLink = (page: Page, name: string) =>
  page.locator('.error-summary').getByRole('link', { name, exact: true });

describe.each([
  ['en', en],
  ['es', es],
] as const)('errors that say what is wrong, in %s, at 375 px', (locale, t) => {
  const next = (page: Page) => page.getByRole('button', { name: t.app.next, exact: true }).click();

  it('the age: empty, not a whole number, 150 and 0 each have their own message', async () => {
    const page = await openAt(locale, 'age', {});
    const age = page.getByLabel(t.steps.age.label);
    const m = t.errors.age;
    for (const [typed, message] of [
      ['', m.empty],
      ['abc', m.notWhole],
      ['52.5', m.notWhole],
      ['150', m.tooHigh(120)],
      ['0', m.tooLow(1)],
    ] as const) {
      await age.fill(typed);
      await next(page);
      await expect.poll(() => focusedClass(page)).toBe('error-summary');
      expect(await inline(page, message).count(), `${typed}: ${message}`).toBe(1);
      expect(await age.getAttribute('aria-invalid')).toBe('true');
      await summaryLink(page, `${t.steps.age.label} ${message}`).click();
      expect(await focusedId(page)).toBe('field-age');
      if (typed === '150') await checkScreen(page, `errors-age-150-${locale}`);
    }
    // A long paste is kept whole: too high, not cut to its first digits.
    await paste(page, t.steps.age.label, '1234567');
    expect(await age.inputValue()).toBe('1234567');
  });

  it('eight unanswered questions: eight links naming their questions, each to its question', async () => {
    const { treatments: _t, priorProcedures: _p, ...before } = answered;
    const page = await openAt(locale, 'treatments', before);
    await expect.poll(() => titleOf(page)).toBe(t.steps.treatments.title);
    await next(page);
    await expect.poll(() => focusedClass(page)).toBe('error-summary');
    const links = page.locator('.error-summary').getByRole('link');
    expect(await links.allTextContents()).toEqual(
      treatmentKinds.map((kind) => `${t.steps.treatments.tried[kind]} ${t.errors.chooseOne}`),
    );
    await checkScreen(page, `errors-treatments-${locale}`);
    // The fourth question's link: focus on its first option, its question in view above it.
    await links.nth(3).click();
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      const legend = el.closest('fieldset')?.querySelector('legend')?.getBoundingClientRect();
      return { type: el.type, group: el.name, legendTop: legend?.top ?? -1 };
    });
    expect(focused.type).toBe('radio');
    expect(focused.group).toBe(`treatments.${treatmentKinds[3]}.tried`);
    expect(focused.legendTop).toBeGreaterThanOrEqual(0);
  });

  it('the request form: each rule its own message, the summary links, a long paste said', async () => {
    const page = await openAt(locale, 'result', answered);
    const r = t.request;
    await page.getByRole('button', { name: t.result.request }).first().click();
    await expect.poll(() => titleOf(page)).toBe(r.title);

    // A 345-character name, pasted: kept whole, and how far over is said at once, under it.
    await paste(page, r.firstName, 'M'.repeat(345));
    expect(await page.getByLabel(r.firstName).inputValue()).toHaveLength(345);
    expect(await page.locator('#field-firstName-count').textContent()).toBe(
      t.app.charactersTooMany(245),
    );
    await page.getByLabel(r.dateOfBirth).fill('2030-01-01');
    await page.getByLabel(r.phone).fill('call me');
    await page.getByLabel(r.email).fill('marta@');
    await paste(page, r.message, 'x'.repeat(1012));
    expect(await page.getByLabel(r.message).inputValue()).toHaveLength(1012);
    expect(await page.locator('#field-message-count').textContent()).toBe(
      t.app.charactersTooMany(12),
    );
    await page.getByRole('button', { name: r.send }).click();
    await expect.poll(() => focusedClass(page)).toBe('error-summary');
    const e = r.errors;
    const said = [
      e.firstName.tooLong(100, 345),
      e.lastName.empty,
      e.dateOfBirth.future,
      e.phone.characters,
      e.email.invalid,
      e.message.tooLong(1000, 1012),
      e.consentContact,
      e.consentPrivacy,
    ];
    for (const message of said) {
      expect(await inline(page, message).count(), message).toBe(1);
      expect(await summaryLink(page, message).count(), message).toBe(1);
    }
    await checkScreen(page, `errors-request-${locale}`);

    // Each link moves focus to its field.
    for (const [message, id] of [
      [e.firstName.tooLong(100, 345), 'field-firstName'],
      [e.dateOfBirth.future, 'field-dateOfBirth'],
      [e.message.tooLong(1000, 1012), 'field-message'],
      [e.consentPrivacy, 'field-consentPrivacy'],
    ] as const) {
      await summaryLink(page, message).click();
      expect(await focusedId(page), message).toBe(id);
    }
    await summaryLink(page, `${r.bestTime.legend} ${t.errors.chooseOne}`).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      'bestTime',
    );

    // The other rules of the same fields.
    await page.getByLabel(r.firstName).fill('Marta');
    await page.getByLabel(r.lastName).fill('Q'.repeat(101));
    await page.getByLabel(r.dateOfBirth).fill('1900-01-01');
    await page.getByLabel(r.phone).fill('555 01');
    await page.getByLabel(r.email).fill('');
    await page.getByRole('radio', { name: r.preferredContact.options.email }).check();
    await page.getByRole('button', { name: r.send }).click();
    for (const message of [
      e.lastName.tooLong(100, 101),
      e.dateOfBirth.tooOld(120),
      e.phone.digits(7, 15, 5),
      e.email.needed,
    ]) {
      await expect.poll(() => inline(page, message).count(), { message }).toBe(1);
    }
    await page.getByLabel(r.dateOfBirth).fill('1990-01-01');
    await page.getByLabel(r.phone).fill('1234567890123456');
    await page.getByRole('button', { name: r.send }).click();
    for (const message of [e.dateOfBirth.age(answers.age), e.phone.digits(7, 15, 16)]) {
      await expect.poll(() => inline(page, message).count(), { message }).toBe(1);
    }
    await checkScreen(page, `errors-request-again-${locale}`);
  });
});
