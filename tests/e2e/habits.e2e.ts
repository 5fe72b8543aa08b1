import type { Server } from 'node:http';
import type { Browser, BrowserContext, Dialog, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveHostPage } from '../../examples/embed/host-server';
import { answersWith } from '../../src/rules/examples.testing';
import { enFull as en, esFull as es } from '../../src/ui/i18n/full';
import { launchBrowser, viewports } from './browser';
import { checkScreen, PatientDriver, titleOf } from './patient';

// The journey as people really use a browser on a phone: the Back and Forward buttons, a reload,
// leaving by mistake, a link to a later step, the language chosen, the keyboard and the screen
// reader's focus; on the clinic's page too, inside its iframe.

let browser: Browser;
let context: BrowserContext | undefined;
let host: { server: Server; origin: string };

beforeAll(async () => {
  browser = await launchBrowser();
  host = await serveHostPage({
    appOrigin: new URL(inject('baseUrl')).origin,
    port: inject('hostPort'),
  });
});
afterAll(async () => {
  await browser.close();
  host.server.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function newPage(locale: 'en-US' | 'es-US' = 'en-US'): Promise<Page> {
  // bypassCSP lets the test inject axe-core; the app itself never runs inline script.
  context = await browser.newContext({ viewport: viewports.phone, locale, bypassCSP: true });
  return context.newPage();
}

const app = (hash = '') => `${inject('baseUrl')}/${hash}`;
const hashOf = (page: Page | Frame) => new URL(page.url()).hash;

/** Every dialog the page opens (beforeunload among them), answered as `answer` says. */
function dialogs(page: Page, answer: 'accept' | 'dismiss') {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

const answers = answersWith((a) => {
  a.age = 58;
  a.locations = ['lowerBack'];
  a.back = {
    legPain: 'belowKnee',
    worseWith: ['standingWalking'],
    diagnoses: ['sciatica'],
    priorSurgery: false,
  };
  a.duration = '6WeeksTo3Months';
  a.painAverage = 6;
  a.painWorst = 8;
});

/** Answers age, warning signs, locations, lower back and duration: five steps, now on pain. */
async function fiveSteps(patient: PatientDriver) {
  for (const step of ['age', 'redFlags', 'locations', 'back', 'duration'] as const) {
    await patient.expectStep(step);
    await patient.answer(step, answers);
    await patient.next();
  }
  await patient.expectStep('pain');
}

/** What each of the five steps shows as answered, read from the screen itself. */
async function shownAnswer(page: Page, step: string): Promise<unknown> {
  const s = en.steps;
  const checked = (name: string) =>
    page.getByRole('checkbox', { name, exact: true }).first().isChecked();
  const radio = (name: string | RegExp) => page.getByRole('radio', { name }).first().isChecked();
  switch (step) {
    case 'age':
      return page.getByLabel(s.age.label).inputValue();
    case 'redFlags':
      return checked(en.app.noneOfThese);
    case 'locations':
      return page
        .getByRole('group', { name: s.locations.listLegend, exact: true })
        .getByRole('checkbox', { name: new RegExp(`^${s.locations.options.lowerBack}`) })
        .isChecked();
    case 'back':
      return radio(new RegExp(`^${s.back.legPain.options.belowKnee}`));
    case 'duration':
      return radio(s.duration.options['6WeeksTo3Months']);
    default:
      throw new Error(step);
  }
}
const expected: Record<string, unknown> = {
  age: '58',
  redFlags: true,
  locations: true,
  back: true,
  duration: true,
};

describe('the browser history is the questionnaire history', () => {
  it('Back and Forward walk five steps with every answer kept, and the address names each step', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits');
    await fiveSteps(patient);
    expect(hashOf(page)).toBe('#step=pain');

    for (const step of ['duration', 'back', 'locations', 'redFlags', 'age'] as const) {
      await page.goBack();
      await patient.expectStep(step);
      expect(hashOf(page)).toBe(step === 'age' ? '' : `#step=${step}`);
      expect(await shownAnswer(page, step), step).toBe(expected[step]);
      // Each screen change puts the screen reader on the new heading, which names the part.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    }
    for (const step of ['redFlags', 'locations', 'back', 'duration'] as const) {
      await page.goForward();
      await patient.expectStep(step);
      expect(await shownAnswer(page, step), step).toBe(expected[step]);
    }
    await page.goForward();
    await patient.expectStep('pain');
    await checkScreen(page, 'habits-pain-after-forward');
  });

  it('Back on the first question leaves the app, as on any page', async () => {
    const page = await newPage();
    await page.goto(`${inject('baseUrl')}/api/config`);
    await page.goto(app());
    await page.getByLabel(en.steps.age.label).waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/api/config');
  });

  it('the step count never jumps as answers add steps: five parts, named in the heading', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-parts');
    const captions: string[] = [];
    for (const step of ['age', 'redFlags', 'locations', 'back', 'duration'] as const) {
      await patient.expectStep(step);
      captions.push((await page.locator('h1 .caption').textContent()) ?? '');
      await patient.answer(step, answers);
      await patient.next();
    }
    expect(captions).toEqual([
      en.app.partOf(1, 5, en.app.sections.aboutYou),
      en.app.partOf(1, 5, en.app.sections.aboutYou),
      en.app.partOf(2, 5, en.app.sections.where),
      en.app.partOf(2, 5, en.app.sections.where),
      en.app.partOf(3, 5, en.app.sections.pain),
    ]);
    // Said once, with the question: no live region repeats it.
    expect(await page.locator('[aria-live] .caption, .caption[aria-live]').count()).toBe(0);
  });

  it('a link to a step not yet reached lands on the first unanswered one', async () => {
    const page = await newPage();
    await page.goto(app('#step=pain'));
    const patient = new PatientDriver(page, en, 'habits-deep');
    await patient.expectStep('age');
    expect(hashOf(page)).toBe('');
    await page.goto(app('#step=nonsense%2F..%2Fadmin'));
    await patient.expectStep('age');
    await page.goto(app('#step=%E0%A4%A'));
    await patient.expectStep('age');
  });
});

describe('the browser history never surprises', () => {
  it('Back never moves forward: a screen the answers no longer reach is passed over', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-stale');
    await patient.answer('age', answers);
    await patient.next();
    await page.getByRole('checkbox', { name: en.steps.redFlags.options.nightPain }).check();
    await patient.next();
    await expect.poll(() => patient.title()).toBe(en.urgentNotice.title);
    await page.getByRole('button', { name: en.app.back, exact: true }).click();
    await page.getByRole('checkbox', { name: en.steps.redFlags.options.nightPain }).uncheck();
    await page.getByRole('checkbox', { name: en.app.noneOfThese, exact: true }).check();
    await patient.next();
    await patient.expectStep('locations');
    await page.goBack();
    await patient.expectStep('redFlags');
    // The urgent notice's entry: no urgent sign now, so on to the entry before it.
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#step=redFlags');
    await page.goBack();
    await patient.expectStep('age');
  });

  it('a double tap on Next answers nothing on the next screen', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-double');
    await patient.answer('age', answers);
    await page.getByRole('button', { name: en.app.next, exact: true }).dblclick();
    await patient.expectStep('redFlags');
    expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
  });
});

describe('nothing lost by accident', () => {
  it('a reload asks first, then keeps the answers of the tab on the same step', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-reload');
    await fiveSteps(patient);

    // Dismissed: the page stays as it is.
    const dismissed = dialogs(page, 'dismiss');
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    expect(dismissed).toContain('beforeunload');
    await patient.expectStep('pain');
    page.removeAllListeners('dialog');

    const accepted = dialogs(page, 'accept');
    await page.reload();
    expect(accepted).toContain('beforeunload');
    await patient.expectStep('pain');
    expect(hashOf(page)).toBe('#step=pain');
    await page.getByRole('button', { name: en.app.back, exact: true }).click();
    await patient.expectStep('duration');
    expect(await shownAnswer(page, 'duration')).toBe(true);
  });

  it('saved on the device: no question on leaving; start over clears the tab too', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-saved');
    await patient.answer('age', answers);
    await patient.next();
    await page.getByRole('checkbox', { name: en.app.saveProgress }).check();
    const seen = dialogs(page, 'accept');
    await page.reload();
    await patient.expectStep('redFlags');
    expect(seen).toEqual([]);

    await page.getByRole('checkbox', { name: en.app.saveProgress }).uncheck();
    await page.getByRole('button', { name: en.app.startOver }).click();
    await patient.expectStep('age');
    expect(seen).toContain('confirm');
    await page.reload();
    await patient.expectStep('age');
    expect(await page.getByLabel(en.steps.age.label).inputValue()).toBe('');
  });

  it('the language chosen is kept for the visit', async () => {
    const page = await newPage('en-US');
    await page.goto(app());
    await page.getByRole('button', { name: es.languageName }).click();
    const patient = new PatientDriver(page, es, 'habits-lang');
    await patient.expectStep('age');
    await patient.answer('age', answers);
    await patient.next();
    await patient.expectStep('redFlags');
    dialogs(page, 'accept');
    await page.reload();
    await patient.expectStep('redFlags');
    // Spanish texts are a chunk of their own: the page is Spanish once they have arrived.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    // A link that names a language now says the one chosen.
    await page.getByRole('button', { name: en.languageName }).click();
    await new PatientDriver(page, en, 'habits-lang').expectStep('redFlags');
    await page.reload();
    await new PatientDriver(page, en, 'habits-lang').expectStep('redFlags');
  });
});

describe('keyboard and screen readers', () => {
  it('one tab stop per place on the body: the list, with the figure following', async () => {
    const page = await newPage();
    await page.goto(app());
    const patient = new PatientDriver(page, en, 'habits-tabs');
    await patient.answer('age', answers);
    await patient.next();
    await patient.answer('redFlags', answers);
    await patient.next();
    await patient.expectStep('locations');
    // Every tab stop from the top of the page to Next, each named as a screen reader names it.
    const stops: string[] = [];
    for (let i = 0; i < 40 && stops.at(-1) !== en.app.next; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          const option = el?.labels?.[0]?.querySelector('.choice-text > span');
          return (option ?? el)?.textContent ?? '';
        }),
      );
    }
    const lowerBack = stops.filter((name) => name === en.steps.locations.options.lowerBack);
    expect(lowerBack).toHaveLength(1);
    await checkScreen(page, 'habits-locations');
  });
});

describe('inside the clinic page', () => {
  it("the host's Back and Forward step through the frame's questions; the host's address stays", async () => {
    const page = await newPage();
    await page.goto(`${host.origin}/`);
    const hostUrl = page.url();
    const handle = await page.locator('.ipm-widget iframe').first().elementHandle();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no widget frame');
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    await frame.getByLabel(en.steps.age.label).fill('58');
    await frame.getByRole('button', { name: en.app.next, exact: true }).click();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.redFlags.title);
    await frame.getByRole('checkbox', { name: en.app.noneOfThese, exact: true }).check();
    await frame.getByRole('button', { name: en.app.next, exact: true }).click();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.locations.title);
    expect(hashOf(frame)).toBe('#step=locations');

    // The host page's history.back() is the browser's Back button on that page (Playwright's
    // goBack waits for the top page to load, which a frame's step never makes it do).
    const hostBack = () => page.evaluate(() => window.history.back());
    const hostForward = () => page.evaluate(() => window.history.forward());
    await hostBack();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.redFlags.title);
    expect(page.url()).toBe(hostUrl);
    expect(
      await frame.getByRole('checkbox', { name: en.app.noneOfThese, exact: true }).isChecked(),
    ).toBe(true);
    await hostBack();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    expect(await frame.getByLabel(en.steps.age.label).inputValue()).toBe('58');
    await hostForward();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.redFlags.title);
    expect(page.url()).toBe(hostUrl);
  });
});
