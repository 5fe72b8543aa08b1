import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { assess } from '../../src/rules';
import { answersWith } from '../../src/rules/examples.testing';
import { enFull as en } from '../../src/ui/i18n/full';
import { esFull as es } from '../../src/ui/i18n/full';
import { launchBrowser, viewports } from './browser';
import { checkScreen, expectResultOf, keyboardJourney, PatientDriver } from './patient';

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
    // The result starts the screen reader at its top (crisis support, "a clinician decides").
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
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
    await expect.poll(() => patient.title()).toBe(en.emergency.title);
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
    // Spanish texts are a chunk of their own: the page is Spanish once they have arrived.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    const patient = new PatientDriver(page, es, 'spanish');
    const answers = answersWith((a) => {
      delete a.back;
      a.locations = ['knee', 'nervePain'];
      a.knee = { diagnoses: ['osteoarthritis'], replacement: 'notWantedOrNotAdvised' };
      a.nerve = { cause: 'diabetes' };
      a.duration = 'over1Year';
      a.treatments.injections = 'temporaryRelief';
      a.priorProcedures = [{ kind: 'kneeInjection', relief: '50to79', lasted: 'daysToWeeks' }];
      a.imaging = 'xrayOnly';
      a.history = ['bloodThinners', 'osteoporosis'];
      a.bloodThinnerKinds = ['aspirin'];
      a.steroidCoursesPast12Months = 1;
      a.mood = { phq2: [1, 2], gad2: [0, 1], selfHarmThoughts: false };
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
    await expect.poll(() => patient.title()).toBe(es.steps.redFlags.title);
    // Spanish texts are a chunk of their own: the page is Spanish once they have arrived.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('button', { name: es.app.back }).click();
    expect(await page.getByLabel(es.steps.age.label).inputValue()).toBe('45');
  });

  it('a keyboard-only patient completes the assessment, one tab stop per choice', async () => {
    const page = await open();
    const answers = await keyboardJourney(page);
    await expectResultOf(page, en, answers);
  });

  it('refuses to go on without an answer, and says why next to the question', async () => {
    const page = await open();
    const patient = new PatientDriver(page, en, 'errors');
    await patient.next();
    // The error summary takes focus; its link takes the patient to the field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('error-summary');
    const input = page.getByLabel(en.steps.age.label);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('link', { name: `${en.steps.age.label} ${en.errors.age.empty}` }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await input.getAttribute('id'),
    );
    await checkScreen(page, 'errors-age');
    await input.fill('15');
    await patient.next();
    await expect.poll(() => patient.title()).toBe(en.under18.title);
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
    // A reload is the same visit: the tab's answers, no "welcome back".
    await page.reload();
    await patient.expectStep('locations');
    expect(await page.getByText(en.app.restored).count()).toBe(0);
    // Another tab (closed browser, a later visit) finds what was saved on the device.
    const later = await page.context().newPage();
    await later.goto(inject('baseUrl'));
    const returning = new PatientDriver(later, en, 'saved');
    await returning.expectStep('locations');
    await expect.poll(() => later.getByText(en.app.restored).count()).toBe(1);
    later.once('dialog', (dialog) => void dialog.accept());
    await later.getByRole('button', { name: en.app.startOver }).click();
    await returning.expectStep('age');
    expect(await later.evaluate(() => localStorage.length)).toBe(0);
  });
});
