import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { applicableSteps, type StepId } from '../../src/flows/steps';
import { assess, treatmentKinds, urgentRedFlags, type Answers } from '../../src/rules';
import { answersWith } from '../../src/rules/examples.testing';
import { birthDateFor } from '../../src/server/testing/requests.testing';
import { enFull as en } from '../../src/ui/i18n/full';
import type { FullCatalogue as Catalogue } from '../../src/ui/i18n/catalogue';
import { shownParts } from '../../src/ui/result/shown';
import { screenshot, viewports } from './browser';

// Drives the patient's screens the way a person would: by the visible labels of the catalogue in
// the page's language, so one driver walks both English and Spanish.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core with the WCAG 2.2 AA tags on the current screen; returns the violations. */
export async function axeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    };
    // Frames are checked on their own (a cross-origin frame would only keep axe waiting).
    const result = await axe.run(document, {
      iframes: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** Zero axe violations, and a screenshot at phone and desktop size. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  const size = page.viewportSize();
  for (const [label, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${label}`);
  }
  if (size) await page.setViewportSize(size);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow, `no horizontal scroll on ${name}`).toBe(false);
}

const exact = (name: string) => ({ name, exact: true });

/**
 * The screen's title: its h1 without the caption that names the part of the questionnaire
 * ("Part 2 of 5: Where it hurts"), which questions carry and other screens do not.
 */
export function titleOf(root: Page | Frame): Promise<string> {
  return root.getByRole('heading', { level: 1 }).evaluate((h1) =>
    [...h1.childNodes]
      .filter((node) => !(node instanceof Element && node.classList.contains('caption')))
      .map((node) => node.textContent)
      .join('')
      .trim(),
  );
}

export class PatientDriver {
  constructor(
    readonly page: Page,
    readonly t: Catalogue,
    readonly journey: string,
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  title() {
    return titleOf(this.page);
  }

  async next() {
    await this.page.getByRole('button', exact(this.t.app.next)).click();
  }

  group(legend: string) {
    return this.page.getByRole('group', exact(legend));
  }

  async check(legend: string, option: string) {
    await this.group(legend).getByRole('checkbox', { name: option }).first().check();
  }

  async choose(legend: string, option: string) {
    await this.group(legend).getByRole('radio', { name: option }).first().check();
  }

  async scale(legend: string, value: number) {
    await this.group(legend)
      .getByRole('radio', { name: new RegExp(`^${value}(\\D|$)`) })
      .check();
  }

  /** Answers one step from the answers, as the step's screen asks it. */
  async answer(step: StepId, a: Answers) {
    const s = this.t.steps;
    switch (step) {
      case 'age':
        await this.page.getByLabel(s.age.label).fill(String(a.age));
        break;
      case 'redFlags':
        if (a.redFlags.length === 0)
          await this.page.getByRole('checkbox', exact(this.t.app.noneOfThese)).check();
        for (const flag of a.redFlags)
          await this.page.getByRole('checkbox', exact(s.redFlags.options[flag])).check();
        break;
      case 'locations':
        for (const location of a.locations)
          await this.check(s.locations.listLegend, s.locations.options[location]);
        break;
      case 'back': {
        const back = a.back!;
        await this.choose(s.back.legPain.legend, s.back.legPain.options[back.legPain]);
        for (const w of back.worseWith)
          await this.check(s.back.worseWith.legend, s.back.worseWith.options[w]);
        for (const d of back.diagnoses)
          await this.check(s.back.diagnoses.legend, s.back.diagnoses.options[d]);
        await this.choose(
          s.back.priorSurgery.legend,
          back.priorSurgery ? this.t.app.yes : this.t.app.no,
        );
        break;
      }
      case 'neck': {
        const neck = a.neck!;
        await this.choose(s.neck.armPain.legend, s.neck.armPain.options[neck.armPain]);
        for (const w of neck.worseWith)
          await this.check(s.neck.worseWith.legend, s.neck.worseWith.options[w]);
        for (const d of neck.diagnoses)
          await this.check(s.neck.diagnoses.legend, s.neck.diagnoses.options[d]);
        await this.choose(
          s.neck.priorSurgery.legend,
          neck.priorSurgery ? this.t.app.yes : this.t.app.no,
        );
        break;
      }
      case 'knee': {
        const knee = a.knee!;
        for (const d of knee.diagnoses)
          await this.check(s.knee.diagnoses.legend, s.knee.diagnoses.options[d]);
        await this.choose(s.knee.replacement.legend, s.knee.replacement.options[knee.replacement]);
        break;
      }
      case 'head': {
        const head = a.head!;
        for (const type of head.types)
          await this.check(s.head.types.legend, s.head.types.options[type]);
        await this.page.getByLabel(s.head.daysPerMonth.label).fill(String(head.daysPerMonth));
        break;
      }
      case 'nerve':
        await this.choose(s.nerve.cause.legend, s.nerve.cause.options[a.nerve!.cause]);
        break;
      case 'duration':
        await this.page.getByRole('radio', exact(s.duration.options[a.duration])).check();
        break;
      case 'pain':
        await this.scale(s.pain.painAverage, a.painAverage);
        await this.scale(s.pain.painWorst, a.painWorst);
        await this.scale(s.pain.interference, a.interference);
        break;
      case 'treatments':
        for (const kind of treatmentKinds) {
          const outcome = a.treatments[kind];
          await this.choose(
            s.treatments.tried[kind],
            outcome === 'notTried' ? this.t.app.no : this.t.app.yes,
          );
          if (outcome !== 'notTried') {
            await this.choose(
              `${s.treatments.kinds[kind]}: ${s.treatments.howDidItGo}`,
              s.treatments.outcomes[outcome],
            );
          }
        }
        break;
      case 'priorProcedures': {
        const p = s.priorProcedures;
        for (const { kind, relief, lasted } of a.priorProcedures ?? []) {
          await this.check(p.kinds.legend, p.kinds.options[kind]);
          await this.choose(
            `${p.kinds.options[kind]}: ${p.relief.legend}`,
            p.relief.options[relief],
          );
          if (relief !== 'none')
            await this.choose(
              `${p.kinds.options[kind]}: ${p.lasted.legend}`,
              p.lasted.options[lasted],
            );
        }
        break;
      }
      case 'imaging':
        await this.choose(s.imaging.legend, s.imaging.options[a.imaging]);
        break;
      case 'history':
        for (const item of a.history)
          await this.check(s.history.history.legend, s.history.history.options[item]);
        for (const kind of a.bloodThinnerKinds ?? [])
          await this.check(
            s.history.bloodThinnerKinds.legend,
            s.history.bloodThinnerKinds.options[kind],
          );
        break;
      case 'allergies':
        for (const allergy of a.allergies)
          await this.check(s.allergies.allergies.legend, s.allergies.allergies.options[allergy]);
        await this.page
          .getByLabel(s.allergies.steroidInjections.label)
          .fill(String(a.steroidInjectionsPast12Months));
        await this.page
          .getByLabel(s.allergies.steroidCourses.label)
          .fill(String(a.steroidCoursesPast12Months));
        break;
      case 'mood': {
        const m = s.mood;
        const items = [
          [m.phq2[0], a.mood.phq2[0]],
          [m.phq2[1], a.mood.phq2[1]],
          [m.gad2[0], a.mood.gad2[0]],
          [m.gad2[1], a.mood.gad2[1]],
        ] as const;
        for (const [item, score] of items) {
          await this.group(item)
            .getByRole('radio', exact(m.answers[score] ?? ''))
            .check();
        }
        await this.choose(
          m.selfHarm.legend,
          a.mood.selfHarmThoughts ? this.t.app.yes : this.t.app.no,
        );
        break;
      }
      case 'goals':
        for (const goal of a.goals) await this.check(s.goals.legend, s.goals.options[goal]);
        break;
    }
  }

  /** On the urgent notice: its title, the signs it names, then on with the check. */
  async continuePastUrgentNotice(a: Answers, photograph = true) {
    await expect.poll(() => this.title()).toBe(this.t.urgentNotice.title);
    const named = await this.page.locator('.urgent-notice li').allTextContents();
    expect(named).toEqual(
      urgentRedFlags
        .filter((f) => a.redFlags.includes(f))
        .map((f) => this.t.steps.redFlags.options[f]),
    );
    if (photograph) await checkScreen(this.page, `${this.journey}-urgentNotice`);
    await this.page.getByRole('button', exact(this.t.urgentNotice.continue)).click();
  }

  /** Every applicable step, checked and photographed, then the review page; ends on review. */
  async answerAll(a: Answers) {
    for (const { id: step } of applicableSteps(a)) {
      await this.expectStep(step);
      await checkScreen(this.page, `${this.journey}-${step}`);
      await this.answer(step, a);
      await this.next();
      if (
        step === 'redFlags' &&
        a.redFlags.some((f) => (urgentRedFlags as readonly string[]).includes(f))
      )
        await this.continuePastUrgentNotice(a);
    }
    await expect.poll(() => this.title()).toBe(this.t.review.title);
    await checkScreen(this.page, `${this.journey}-review`);
  }

  async expectStep(step: StepId) {
    const titles: Record<StepId, string> = {
      age: this.t.steps.age.title,
      redFlags: this.t.steps.redFlags.title,
      locations: this.t.steps.locations.title,
      back: this.t.steps.back.title,
      neck: this.t.steps.neck.title,
      knee: this.t.steps.knee.title,
      head: this.t.steps.head.title,
      nerve: this.t.steps.nerve.title,
      duration: this.t.steps.duration.title,
      pain: this.t.steps.pain.title,
      treatments: this.t.steps.treatments.title,
      priorProcedures: this.t.steps.priorProcedures.title,
      imaging: this.t.steps.imaging.title,
      history: this.t.steps.history.title,
      allergies: this.t.steps.allergies.title,
      mood: this.t.steps.mood.title,
      goals: this.t.steps.goals.title,
    };
    await expect.poll(() => this.title()).toBe(titles[step]);
  }
}

/** The result screen shows exactly what assess() says of the same answers. */
export async function expectResultOf(root: Page | Frame, t: Catalogue, answers: Answers) {
  const assessment = assess(answers);
  if (assessment.verdict === 'emergency') throw new Error('not a result journey');
  await expect.poll(() => titleOf(root)).toBe(t.result.verdicts[assessment.verdict].title);
  // Urgent: no procedure for the patient. Conservative care first: procedures without fit labels.
  const parts = shownParts(assessment);
  const shown = await root.locator('.procedure h3').allTextContents();
  expect(shown).toEqual(
    parts.procedures.map((p) =>
      assessment.verdict === 'conservativeFirst'
        ? t.result.procedures[p.id].name
        : `${t.result.procedures[p.id].name} ${t.result.fit[p.fit]}`,
    ),
  );
  const cautions = await root.locator('.caution-title').allTextContents();
  const cautionsShown = [
    ...parts.important,
    ...parts.others,
    ...(parts.generalRisks ? [parts.generalRisks] : []),
  ];
  expect(cautions).toEqual(cautionsShown.map((c) => t.result.cautions[c.id].title));
  await expect.poll(() => root.getByText(t.result.notADiagnosis).count()).toBe(1);
}

/**
 * A whole assessment with the keyboard alone (Tab, arrows, Space, Enter, typing), body diagram
 * included, in English; `root` is the page or the embedded frame. Returns the answers given.
 */
export async function keyboardJourney(page: Page, root: Page | Frame = page): Promise<Answers> {
  const heading = () => titleOf(root);
  const expectTitle = (title: string) => expect.poll(heading).toBe(title);
  const press = (key: string) => page.keyboard.press(key);
  const focused = () =>
    root.evaluate(() => {
      const el = document.activeElement;
      // Focus elsewhere (the host page, around the frame) names nothing here.
      if (!document.hasFocus() || !el || el === document.body) return '';
      return (
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent
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
  const s = en.steps;

  await tabTo(s.age.label);
  await page.keyboard.type('61');
  await press('Enter');
  await expectTitle(s.redFlags.title);
  await tabTo(en.app.noneOfThese);
  await press('Space');
  await press('Enter');
  await expectTitle(s.locations.title);
  // One tab stop per choice: the list (the figure is a pointer's shortcut), and the figure follows.
  await tabTo(new RegExp(`^${s.locations.options.knee}`));
  await press('Space');
  expect(
    await root
      .getByRole('group', { name: s.locations.listLegend, exact: true })
      .getByRole('checkbox', { name: s.locations.options.knee })
      .isChecked(),
  ).toBe(true);
  expect(await root.locator('.body-region[data-location="knee"]').getAttribute('class')).toContain(
    'checked',
  );
  await tabTo(en.app.next);
  await press('Enter');
  await expectTitle(s.knee.title);
  await tabTo(/osteoarthritis/);
  await press('Space');
  await tabTo(/I have not had one/);
  await press('Space');
  await tabTo(en.app.next);
  await press('Enter');
  await expectTitle(s.duration.title);
  await tabTo(s.duration.options.under6Weeks);
  for (let i = 0; i < 4; i++) await press('ArrowDown');
  await press('Enter');
  await expectTitle(s.pain.title);
  for (const [name, value] of [
    [s.pain.painAverage, 6],
    [s.pain.painWorst, 8],
    [s.pain.interference, 7],
  ] as const) {
    await tabTo(/^0/);
    for (let i = 0; i < value; i++) await press('ArrowRight');
    expect(
      await root
        .getByRole('group', { name })
        .getByRole('radio', { name: new RegExp(`^${value}(\\D|$)`) })
        .isChecked(),
    ).toBe(true);
  }
  await press('Enter');
  await expectTitle(s.treatments.title);
  // Yes to the first two (each then asks how it went: the first answer, "did not help"), no to the rest.
  for (let kind = 0; kind < 8; kind++) {
    await tabTo(en.app.yes);
    if (kind < 2) {
      await press('Space');
      await tabTo(s.treatments.outcomes.noRelief);
      await press('Space');
    } else {
      await press('ArrowRight');
    }
  }
  await press('Enter');
  await expectTitle(s.imaging.title);
  await tabTo(s.imaging.options.none);
  await press('Space');
  await press('Enter');
  await expectTitle(s.history.title);
  await tabTo(en.app.next);
  await press('Enter');
  await expectTitle(s.allergies.title);
  await tabTo(s.allergies.steroidInjections.label);
  await page.keyboard.type('1');
  await tabTo(s.allergies.steroidCourses.label);
  await page.keyboard.type('0');
  await press('Enter');
  await expectTitle(s.mood.title);
  for (let item = 0; item < 4; item++) {
    await tabTo(s.mood.answers[0]);
    await press('Space');
  }
  await tabTo(en.app.yes);
  await press('ArrowRight');
  await press('Enter');
  await expectTitle(s.goals.title);
  await tabTo(s.goals.options.lessPain);
  await press('Space');
  await press('Enter');
  await expectTitle(en.review.title);
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
    treatments: {
      ...answersWith().treatments,
      otcMedication: 'noRelief',
      prescriptionMedication: 'noRelief',
      physicalTherapy: 'notTried',
    },
    steroidInjectionsPast12Months: 1,
  };
  delete answers.back;
  return answers;
}

/** Fills the consultation request as Marta Quintero, born to match `age`, with both consents. */
export async function fillContact(root: Page | Frame, age: number) {
  const r = en.request;
  await root.getByLabel(r.firstName).fill('Marta');
  await root.getByLabel(r.lastName).fill('Quintero');
  await root.getByLabel(r.dateOfBirth).fill(birthDateFor(age));
  await root.getByLabel(r.phone).fill('(732) 555-0199');
  await root.getByRole('radio', { name: r.preferredContact.options.text }).check();
  await root.getByRole('radio', { name: r.bestTime.options.evening }).check();
  await root.getByRole('checkbox', { name: r.consentContact }).check();
  await root.getByRole('checkbox', { name: r.consentPrivacy }).check();
}
