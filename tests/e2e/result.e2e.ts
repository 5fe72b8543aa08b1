import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { progressKey } from '../../src/flows/persistence';
import { assess, type Answers } from '../../src/rules';
import type { FullCatalogue as Catalogue, Locale } from '../../src/ui/i18n/catalogue';
import { enFull as en } from '../../src/ui/i18n/full';
import { esFull as es } from '../../src/ui/i18n/full';
import {
  englishIn,
  sourceCode,
  textOutsideEnglish,
} from '../../src/ui/result/english-check.testing';
import {
  draftOf,
  resultFixtures,
  type ResultFixture,
} from '../../src/ui/result/result-fixtures.testing';
import { mkdirSync } from 'node:fs';
import { launchBrowser, viewports } from './browser';
import { birthDateFor } from '../../src/server/testing/requests.testing';
import { checkScreen, titleOf } from './patient';

// The result of each verdict, opened straight from saved progress (the questionnaire's steps are
// tested on their own): axe, screenshots at phone and desktop size in both languages, no English
// on the Spanish page, no source codes, the consultation button on the first screen of a phone.

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

const catalogues: Record<Locale, Catalogue> = { en, es };

/** Opens the app with these answers saved, on the result screen, in this language. */
async function openResult(answers: Answers, locale: Locale): Promise<Page> {
  context = await browser.newContext({
    viewport: viewports.phone,
    locale: locale === 'es' ? 'es-US' : 'en-US',
    bypassCSP: true,
  });
  const saved = JSON.stringify({
    v: 2,
    savedAt: Date.now(),
    screen: 'result',
    draft: draftOf(answers),
  });
  await context.addInitScript(
    ({ key, value }) => {
      window.localStorage.setItem(key, value);
    },
    { key: progressKey, value: saved },
  );
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/?lang=${locale}`);
  const verdict = assess(answers).verdict;
  if (verdict === 'emergency') throw new Error('not a result');
  await expect.poll(() => titleOf(page)).toBe(catalogues[locale].result.verdicts[verdict].title);
  return page;
}

/**
 * The screen's text outside English-marked elements, gathered in the page by the unit tests' walker.
 * The header is left out: it shows the clinic's configured name, whatever its language.
 */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `(${textOutsideEnglish.toString()})(document.querySelector('main'))`,
  );
}

const artifacts = new URL('../artifacts/', import.meta.url).pathname;

/** The phone page, one screen at a time (screen 1 is what the patient sees first). */
async function phoneScreens(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.setViewportSize(viewports.phone);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let at = 0, n = 1; at < height; at += viewports.phone.height, n++) {
    await page.evaluate((y) => window.scrollTo(0, y), at);
    await page.screenshot({ path: `${artifacts}${name}-phone-screen-${n}.png` });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const verdictFixtures: ResultFixture[] = [
  'epidural',
  'stimulationPossible',
  'conservativeWithStrong',
  'urgent',
  'noProcedure',
  'selfHarm',
  'manyCautions',
];

describe('the result in a browser', () => {
  it('covers every verdict the result shows', () => {
    expect(new Set(verdictFixtures.map((name) => assess(resultFixtures[name]).verdict))).toEqual(
      new Set(['goodCandidate', 'possibleCandidate', 'conservativeFirst', 'urgent']),
    );
  });

  it.each(verdictFixtures.flatMap((name) => [[name, 'en'] as const, [name, 'es'] as const]))(
    '%s in %s: no axe violations, no source codes, no English on the Spanish page',
    async (name, locale) => {
      const page = await openResult(resultFixtures[name], locale);
      // The folded procedures and the English originals are opened, so axe sees them too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await checkScreen(page, `result-${name}-${locale}`);
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = false;
      });
      await checkScreen(page, `result-${name}-${locale}-folded`);
      await phoneScreens(page, `result-${name}-${locale}`);
      const texts = await pageTexts(page);
      expect(texts.filter((text) => sourceCode.test(text))).toEqual([]);
      if (locale === 'es') {
        expect(englishIn(texts)).toEqual([]);
        // English stands only inside the originals offered beside our Spanish rendering.
        const marked = await page.evaluate(() =>
          [...document.querySelectorAll('main [lang="en"]')].map(
            (el) => el.closest('details.original')?.querySelector('summary')?.textContent ?? '',
          ),
        );
        expect(marked.filter((summary) => summary !== es.result.originalEnglish)).toEqual([]);
      }
    },
  );

  it.each(verdictFixtures.flatMap((name) => [[name, 'en'] as const, [name, 'es'] as const]))(
    '%s in %s: the consultation button is on the first screen of a phone',
    async (name, locale) => {
      const page = await openResult(resultFixtures[name], locale);
      const r = catalogues[locale].result;
      const label = assess(resultFixtures[name]).verdict === 'urgent' ? r.requestUrgent : r.request;
      const onFirstScreen = async () => {
        for (const button of await page.getByRole('button', { name: label, exact: true }).all()) {
          const box = await button.boundingBox();
          if (box && (await button.isVisible()) && box.y >= 0 && box.y + box.height <= 812)
            return true;
        }
        return false;
      };
      await expect.poll(onFirstScreen).toBe(true);
    },
  );

  it('keeps the phone bar clear of the content and of focus, and reachable by keyboard', async () => {
    const page = await openResult(resultFixtures.manyCautions, 'en');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = page.getByRole('region', { name: en.result.stickyLabel });
    await expect.poll(() => bar.isVisible()).toBe(true);
    const barTop = (await bar.boundingBox())!.y;
    const startOver = page.getByRole('button', { name: en.app.startOver });
    const last = (await startOver.boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(barTop);
    // Focus on a link just above the bar scrolls clear of it.
    const sources = page.locator('.sources a');
    await sources.last().focus();
    const focused = (await sources.last().boundingBox())!;
    expect(focused.y + focused.height).toBeLessThanOrEqual(barTop);
    // Tab from the last source reaches the bar's button.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.request-bar') !== null),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => titleOf(page)).toBe(en.request.title);
  });

  it.each(['en', 'es'] as const)(
    'spinal cord stimulation shows its pathway (%s)',
    async (locale) => {
      const page = await openResult(resultFixtures.stimulation, locale);
      const r = catalogues[locale].result;
      const card = page.locator('.expectation-stimulationPathway');
      await expect
        .poll(() => card.getByRole('heading').textContent())
        .toBe(r.expectations.stimulationPathway.title);
      expect(await card.locator('ol li').allTextContents()).toEqual(r.stimulationSteps);
      await checkScreen(page, `result-stimulation-${locale}`);
    },
  );

  it('prints without the buttons or the phone bar', async () => {
    const page = await openResult(resultFixtures.selfHarm, 'en');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.request-cta', '.request-bar', '.result-actions', '.app-header'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.seek-care').isVisible()).toBe(true);
  });

  it.each([
    ['urgent', 'en'],
    ['epidural', 'es'],
  ] as const)(
    'after sending (%s, %s): what happens next follows the verdict',
    async (name, locale) => {
      const answers = resultFixtures[name];
      const page = await openResult(answers, locale);
      const t = catalogues[locale];
      const urgent = assess(answers).verdict === 'urgent';
      await page
        .getByRole('button', {
          name: urgent ? t.result.requestUrgent : t.result.request,
          exact: true,
        })
        .first()
        .click();
      const q = t.request;
      await page.getByLabel(q.firstName).fill('Marta');
      await page.getByLabel(q.lastName).fill('Quintero');
      await page.getByLabel(q.dateOfBirth).fill(birthDateFor(answers.age));
      await page.getByLabel(q.phone).fill('(732) 555-0199');
      await page.getByRole('radio', { name: q.preferredContact.options.phone }).check();
      await page.getByRole('radio', { name: q.bestTime.options.any }).check();
      await page.getByRole('checkbox', { name: q.consentContact }).check();
      await page.getByRole('checkbox', { name: q.consentPrivacy }).check();
      await page.getByRole('button', { name: q.send }).click();
      await expect.poll(() => titleOf(page), { timeout: 10_000 }).toBe(t.submitted.title);
      const main = page.locator('main');
      expect(await main.getByText(t.submitted.urgent).count()).toBe(urgent ? 1 : 0);
      expect(await main.getByText(t.submitted.next).count()).toBe(urgent ? 0 : 1);
      // The test clinic has set no phone and no hours: neither is shown.
      expect(await main.getByText(t.submitted.callUs).count()).toBe(0);
      await checkScreen(page, `submitted-${name}-${locale}`);
      if (locale === 'es') expect(englishIn(await pageTexts(page))).toEqual([]);
    },
  );
});
