import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { assess, type Answers } from '../../src/rules';
import { answersWith } from '../../src/rules/examples.testing';
import { en } from '../../src/ui/i18n/en';
import { es } from '../../src/ui/i18n/es';
import type { Catalogue } from '../../src/ui/i18n/catalogue';
import { launchBrowser, viewports } from './browser';
import { checkScreen, PatientDriver } from './patient';

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

async function open(locale: 'en-US' | 'es-US' = 'en-US'): Promise<Page> {
  // bypassCSP lets the test inject axe-core; the app itself never runs inline script.
  context = await browser.newContext({ viewport: viewports.phone, locale, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

/** The result screen shows exactly what assess() says of the same answers. */
async function expectResultOf(page: Page, t: Catalogue, answers: Answers) {
  const assessment = assess(answers);
  if (assessment.verdict === 'emergency') throw new Error('not a result journey');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe(t.result.verdicts[assessment.verdict].title);
  const shown = await page.locator('.procedure h3').allTextContents();
  expect(shown).toEqual(
    assessment.procedures.map((p) => `${t.result.procedures[p.id].name} ${t.result.fit[p.fit]}`),
  );
  const cautions = await page.locator('.caution-title').allTextContents();
  expect(cautions).toEqual(assessment.cautions.map((c) => t.result.cautions[c.id].title));
  await expect.poll(() => page.getByText(t.result.notADiagnosis).count()).toBe(1);
}

describe('patient journeys', () => {
  it('sciatica leads to a good-candidate result', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'sciatica');
    const answers = answersWith((a) => {
      a.back = {
        legPain: 'belowKnee',
        worseWith: ['standingWalking'],
        diagnoses: ['sciatica', 'discHerniation'],
        priorSurgery: false,
      };
      a.history = ['diabetes'];
      a.goals = ['lessPain', 'backToActivities'];
    });
    expect(assess(answers).verdict).toBe('goodCandidate');
    await patient.answerAll(answers);
    await page.getByRole('button', { name: en.review.confirm }).click();
    await expectResultOf(page, en, answers);
    await checkScreen(page, 'sciatica-result');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('an emergency sign interrupts at once and sends nothing', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (request) =>
      requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
    );
    const patient = new PatientDriver(page, en, 'emergency');
    await patient.answer(
      'age',
      answersWith((a) => {
        a.age = 58;
      }),
    );
    await patient.next();
    await patient.expectStep('redFlags');
    await page.getByRole('checkbox', { name: en.steps.redFlags.options.saddleNumbness }).check();
    await patient.next();
    await expect.poll(() => patient.heading().textContent()).toBe(en.emergency.title);
    const call = page.getByRole('link', { name: en.emergency.call });
    expect(await call.getAttribute('href')).toBe('tel:911');
    await checkScreen(page, 'emergency');
    // Only page loads (GET, no body) ever leave the browser: nothing of the answers is sent.
    expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('mild pain helped by exercise is told conservative care comes first', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'conservative');
    const answers = answersWith((a) => {
      a.painAverage = 3;
      a.painWorst = 5;
      a.interference = 2;
      a.treatments.exercise = 'lastingRelief';
    });
    expect(assess(answers).verdict).toBe('conservativeFirst');
    await patient.answerAll(answers);
    await page.getByRole('button', { name: en.review.confirm }).click();
    await expectResultOf(page, en, answers);
    await checkScreen(page, 'conservative-result');
  });

  it('the whole journey in Spanish, from the browser language', async () => {
    const page = await open('es-US');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const patient = new PatientDriver(page, es, 'spanish');
    const answers = answersWith((a) => {
      delete a.back;
      a.locations = ['knee', 'nervePain'];
      a.knee = { diagnoses: ['osteoarthritis'], replacement: 'notWantedOrNotAdvised' };
      a.nerve = { cause: 'diabetes' };
      a.duration = 'over1Year';
      a.treatments.injections = 'temporaryRelief';
      a.history = ['bloodThinners'];
      a.allergies = ['latex'];
      a.redFlags = ['nightPain'];
    });
    await patient.answerAll(answers);
    await page.getByRole('button', { name: es.review.confirm }).click();
    await expectResultOf(page, es, answers);
    await checkScreen(page, 'spanish-result');
  });

  it('switches language on any screen, keeping the answers', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'switch');
    await patient.answer('age', answersWith());
    await patient.next();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => patient.heading().textContent()).toBe(es.steps.redFlags.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('button', { name: es.app.back }).click();
    expect(await page.getByLabel(es.steps.age.label).inputValue()).toBe('45');
  });

  it('a keyboard-only patient completes the assessment, body diagram included', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'keyboard');
    const press = (key: string) => page.keyboard.press(key);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return (
          el?.getAttribute('aria-label') ??
          (el as HTMLInputElement | null)?.labels?.[0]?.textContent ??
          el?.textContent ??
          ''
        );
      });
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 80; i++) {
        await press('Tab');
        const label = await focused();
        if (typeof name === 'string' ? label.trim() === name : name.test(label)) return;
      }
      throw new Error(`could not reach ${String(name)} with Tab`);
    };

    await tabTo(en.steps.age.label);
    await page.keyboard.type('61');
    await press('Enter');
    await patient.expectStep('redFlags');
    await tabTo(en.app.noneOfThese);
    await press('Space');
    await press('Enter');
    await patient.expectStep('locations');
    // The diagram's regions are checkboxes: Space toggles, and the list follows.
    await tabTo(en.steps.locations.options.knee);
    await press('Space');
    expect(
      await page
        .getByRole('checkbox', { name: en.steps.locations.options.knee, exact: true })
        .getAttribute('aria-checked'),
    ).toBe('true');
    expect(
      await page
        .getByRole('group', { name: en.steps.locations.listLegend, exact: true })
        .getByRole('checkbox', { name: en.steps.locations.options.knee })
        .isChecked(),
    ).toBe(true);
    await tabTo(en.app.next);
    await press('Enter');
    await patient.expectStep('knee');
    await tabTo(/osteoarthritis/);
    await press('Space');
    await tabTo(/I have not had one/);
    await press('Space');
    await tabTo(en.app.next);
    await press('Enter');
    await patient.expectStep('duration');
    await tabTo(en.steps.duration.options.under6Weeks);
    for (let i = 0; i < 4; i++) await press('ArrowDown');
    await press('Enter');
    await patient.expectStep('pain');
    for (const [name, value] of [
      [en.steps.pain.painAverage, 6],
      [en.steps.pain.painWorst, 8],
      [en.steps.pain.interference, 7],
    ] as const) {
      await tabTo(/^0/);
      for (let i = 0; i < value; i++) await press('ArrowRight');
      expect(
        await page
          .getByRole('group', { name })
          .getByRole('radio', { name: new RegExp(`^${value}(\\D|$)`) })
          .isChecked(),
      ).toBe(true);
    }
    await press('Enter');
    await patient.expectStep('treatments');
    for (let kind = 0; kind < 8; kind++) {
      await tabTo(en.steps.treatments.outcomes.notTried);
      await press(kind < 2 ? 'ArrowDown' : 'Space');
    }
    await tabTo(en.steps.treatments.steroidCount.label);
    await page.keyboard.type('1');
    await press('Enter');
    await patient.expectStep('history');
    await tabTo(en.app.next);
    await press('Enter');
    await patient.expectStep('goals');
    await tabTo(en.steps.goals.options.lessPain);
    await press('Space');
    await press('Enter');
    await expect.poll(() => patient.heading().textContent()).toBe(en.review.title);
    await tabTo(en.review.confirm);
    await press('Enter');
    const answers: Answers = {
      ...answersWith(),
      age: 61,
      locations: ['knee'],
      knee: { diagnoses: ['osteoarthritis'], replacement: 'none' },
      painAverage: 6,
      painWorst: 8,
      interference: 7,
      steroidInjectionsPast12Months: 1,
    };
    delete answers.back;
    await expectResultOf(page, en, answers);
  });

  it('refuses to go on without an answer, and says why next to the question', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'errors');
    await patient.next();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(en.app.errorSummary);
    const input = page.getByLabel(en.steps.age.label);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await input.getAttribute('id'),
    );
    await checkScreen(page, 'errors-age');
    await input.fill('15');
    await patient.next();
    await expect.poll(() => patient.heading().textContent()).toBe(en.under18.title);
    await checkScreen(page, 'under18');
  });

  it('keeps progress on the device only when asked, and restores it', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'saved');
    await patient.answer('age', answersWith());
    await patient.next();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByRole('checkbox', { name: en.app.saveProgress }).check();
    await patient.answer('redFlags', answersWith());
    await patient.next();
    await patient.expectStep('locations');
    await page.reload();
    await patient.expectStep('locations');
    await expect.poll(() => page.getByText(en.app.restored).count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: en.app.startOver }).click();
    await patient.expectStep('age');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});
