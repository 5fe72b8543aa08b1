// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { progressKey } from '../../flows/persistence';
import type { Draft } from '../../flows/steps';
import { treatmentKinds, type Answers } from '../../rules';
import { baseAnswers } from '../../rules/examples.testing';
import { App } from '../App';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { memoryStorage, renderAt } from '../test-utils';

const { version: _version, ...answered } = baseAnswers();
const upTo = (...fields: (keyof typeof answered)[]): Draft =>
  Object.fromEntries(fields.map((field) => [field, answered[field]]));
const beforeTreatments = upTo(
  'age',
  'redFlags',
  'locations',
  'back',
  'duration',
  'painAverage',
  'painWorst',
  'interference',
);
const beforeHistory: Draft = {
  ...beforeTreatments,
  treatments: answered.treatments,
  imaging: 'none',
};
const beforeMood: Draft = {
  ...beforeHistory,
  history: [],
  allergies: [],
  steroidInjectionsPast12Months: 0,
  steroidCoursesPast12Months: 0,
};

const heading = () => screen.getByRole('heading', { level: 1 });
/** The errors shown beside their questions (the error summary says each again, as a link). */
const inline = (message: string) => screen.queryAllByText(message, { selector: '.field-error' });
const summaryLinks = () =>
  within(
    screen.getByRole('heading', { name: en.app.errorSummaryTitle }).parentElement!,
  ).getAllByRole('link');
const next = () => screen.getByRole('button', { name: en.app.next });
const group = (name: string) => screen.getByRole('group', { name });
const radio = (groupName: string, name: string) =>
  within(group(groupName)).getByRole('radio', { name });

describe('warning signs', () => {
  const gca = en.steps.redFlags.options.giantCellArteritisSigns;

  it.each([
    [49, false],
    [50, true],
  ])('at age %i the giant cell arteritis sign is offered: %s', (age, offered) => {
    renderAt('redFlags', { age });
    expect(screen.queryByRole('checkbox', { name: gca }) !== null).toBe(offered);
  });

  it('shows the emergency signs first, then those that need a doctor soon, with their exclusions', () => {
    renderAt('redFlags', { age: 60 });
    const emergency = group(en.steps.redFlags.emergencyHeading);
    const urgent = group(en.steps.redFlags.urgentHeading);
    expect(within(emergency).getAllByRole('checkbox')).toHaveLength(9);
    expect(within(urgent).getAllByRole('checkbox')).toHaveLength(7);
    expect(
      within(emergency).getByRole('checkbox', {
        name: en.steps.redFlags.options.headacheNeuroSymptoms,
      }),
    ).toHaveAccessibleDescription(en.steps.redFlags.hints.headacheNeuroSymptoms!);
    expect(
      emergency.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('an urgent sign shows the urgent notice at once, naming it; Continue goes on', async () => {
    const { user } = renderAt('redFlags', { age: 60 });
    await user.click(
      screen.getByRole('checkbox', { name: en.steps.redFlags.options.myelopathySigns }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: en.steps.redFlags.options.unexplainedWeightLoss }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.urgentNotice.title);
    expect(heading()).toHaveFocus();
    const named = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(named).toEqual([
      en.steps.redFlags.options.unexplainedWeightLoss,
      en.steps.redFlags.options.myelopathySigns,
    ]);
    expect(screen.getByText(en.urgentNotice.finish)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.urgentNotice.continue }));
    expect(heading()).toHaveTextContent(en.steps.locations.title);
  });
});

describe('treatments: a quick yes or no, then how it went', () => {
  it('asks "how did it go?" only for what was tried, and stores one outcome per treatment', async () => {
    const { user } = renderAt('treatments', beforeTreatments);
    expect(screen.queryByRole('group', { name: /How did it go/ })).toBeNull();
    await user.click(next());
    expect(inline(en.errors.chooseOne)).toHaveLength(8);
    // Each of the eight is a link in the summary that names its question.
    expect(summaryLinks().map((link) => link.textContent)).toEqual(
      treatmentKinds.map((kind) => `${en.steps.treatments.tried[kind]} ${en.errors.chooseOne}`),
    );
    for (const kind of treatmentKinds) {
      await user.click(radio(en.steps.treatments.tried[kind], kind === 'exercise' ? 'Yes' : 'No'));
    }
    const howExercise = `${en.steps.treatments.kinds.exercise}: ${en.steps.treatments.howDidItGo}`;
    expect(screen.getAllByRole('group', { name: /How did it go/ })).toHaveLength(1);
    await user.click(next());
    expect(within(group(howExercise)).getByText(en.errors.chooseOne)).toBeInTheDocument();
    await user.click(radio(howExercise, en.steps.treatments.outcomes.lastingRelief));
    await user.click(radio(en.steps.treatments.tried.injections, 'Yes'));
    await user.click(
      radio(
        `${en.steps.treatments.kinds.injections}: ${en.steps.treatments.howDidItGo}`,
        en.steps.treatments.outcomes.temporaryRelief,
      ),
    );
    await user.click(next());
    // Injections were tried: the earlier procedures come next.
    expect(heading()).toHaveTextContent(en.steps.priorProcedures.title);
    await user.click(screen.getByRole('button', { name: en.app.back }));
    expect(radio(en.steps.treatments.tried.exercise, 'Yes')).toBeChecked();
    expect(radio(en.steps.treatments.tried.opioids, 'No')).toBeChecked();
    expect(radio(howExercise, en.steps.treatments.outcomes.lastingRelief)).toBeChecked();
  });

  it('"no" to injections skips the earlier procedures', async () => {
    const { user } = renderAt('treatments', beforeTreatments);
    for (const kind of treatmentKinds) {
      await user.click(radio(en.steps.treatments.tried[kind], 'No'));
    }
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.imaging.title);
  });
});

describe('earlier procedures', () => {
  const draft: Draft = {
    ...beforeTreatments,
    treatments: { ...answered.treatments, injections: 'noRelief' },
  };
  const p = en.steps.priorProcedures;
  const relief = (kind: keyof typeof p.kinds.options) =>
    `${p.kinds.options[kind]}: ${p.relief.legend}`;
  const lasted = (kind: keyof typeof p.kinds.options) =>
    `${p.kinds.options[kind]}: ${p.lasted.legend}`;

  it('names the kinds in plain words, with radiofrequency and facet explained', () => {
    renderAt('priorProcedures', draft);
    expect(
      screen.getByRole('checkbox', { name: new RegExp(p.kinds.options.kneeInjection) }),
    ).toBeInTheDocument();
    expect(screen.getByText(p.kinds.hints!.radiofrequencyAblation!)).toBeInTheDocument();
    expect(screen.getByText(p.kinds.hints!.facetOrMedialBranchBlock!)).toBeInTheDocument();
  });

  it('asks how much each chosen kind helped and for how long; "did not help" asks no more', async () => {
    const { user } = renderAt('priorProcedures', draft);
    await user.click(next());
    expect(inline(en.errors.chooseAtLeastOne)).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: new RegExp(p.kinds.options.epidural) }));
    await user.click(
      screen.getByRole('checkbox', { name: new RegExp(p.kinds.options.facetOrMedialBranchBlock) }),
    );
    await user.click(next());
    expect(inline(en.errors.chooseOne)).toHaveLength(4);
    await user.click(radio(relief('epidural'), p.relief.options.none));
    expect(screen.queryByRole('group', { name: lasted('epidural') })).toBeNull();
    await user.click(radio(relief('facetOrMedialBranchBlock'), p.relief.options['80plus']));
    await user.click(radio(lasted('facetOrMedialBranchBlock'), p.lasted.options.underOneDay));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.imaging.title);
    // Back on review, both are listed in the patient's words.
    await user.click(screen.getByRole('button', { name: en.app.back }));
    expect(radio(relief('facetOrMedialBranchBlock'), p.relief.options['80plus'])).toBeChecked();
  });
});

describe('health: blood thinners, infection risk', () => {
  const h = en.steps.history;

  it('asks which blood thinner, with brand names, only once blood thinners are ticked', async () => {
    const { user } = renderAt('history', beforeHistory);
    expect(screen.queryByRole('group', { name: h.bloodThinnerKinds.legend })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: h.history.options.bloodThinners }));
    const kinds = group(h.bloodThinnerKinds.legend);
    expect(within(kinds).getByRole('checkbox', { name: /Eliquis/ })).toBeInTheDocument();
    expect(within(kinds).getByRole('checkbox', { name: /Plavix/ })).toBeInTheDocument();
    await user.click(next());
    expect(within(kinds).getByText(en.errors.chooseAtLeastOne)).toBeInTheDocument();
    await user.click(within(kinds).getByRole('checkbox', { name: /Coumadin/ }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.allergies.title);
  });

  it('unticking blood thinners hides the kinds and goes on without them', async () => {
    const { user } = renderAt('history', {
      ...beforeHistory,
      history: ['bloodThinners'],
      bloodThinnerKinds: ['doac'],
    });
    await user.click(screen.getByRole('checkbox', { name: h.history.options.bloodThinners }));
    expect(screen.queryByRole('group', { name: h.bloodThinnerKinds.legend })).toBeNull();
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.allergies.title);
  });

  it('fever, then a weak immune system with back pain: the emergency screen says why', async () => {
    const { user } = renderAt('history', { ...beforeHistory, redFlags: ['feverChills'] });
    await user.click(screen.getByRole('checkbox', { name: h.history.options.immunosuppressed }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.emergency.title);
    expect(screen.getByText(en.emergency.infectionRisk)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.emergency.call })).toHaveAttribute(
      'href',
      'tel:911',
    );
  });

  it('explains fluoroscopy where it first appears', () => {
    renderAt('history', beforeHistory);
    expect(screen.getByText(h.history.hints!.pregnant!)).toHaveTextContent(/fluoroscopy/);
  });
});

describe('allergies and steroid counts', () => {
  it('asks both steroid counts as whole numbers from 0 to 24, each rule in its own words', async () => {
    const { user } = renderAt('allergies', { ...beforeHistory, history: [] });
    const a = en.steps.allergies;
    expect(screen.getByText(a.allergies.hints!.contrastDye!)).toBeInTheDocument();
    await user.type(screen.getByLabelText(a.steroidInjections.label), '30');
    await user.click(next());
    expect(inline(en.errors.number.tooHigh(24))).toHaveLength(1);
    expect(inline(en.errors.number.empty)).toHaveLength(1);
    await user.clear(screen.getByLabelText(a.steroidInjections.label));
    await user.type(screen.getByLabelText(a.steroidInjections.label), '2');
    await user.type(screen.getByLabelText(a.steroidCourses.label), '1');
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.mood.title);
  });
});

describe('mood', () => {
  it.each([
    ['en', en],
    ['es', es],
  ] as const)('asks PHQ-2 and GAD-2 in their published wording (%s)', async (locale, t) => {
    const { user } = renderAt('mood', beforeMood);
    if (locale === 'es') await user.click(screen.getByRole('button', { name: 'Español' }));
    const m = t.steps.mood;
    expect(screen.getByText(m.stem)).toBeInTheDocument();
    for (const item of [...m.phq2, ...m.gad2]) {
      const options = within(group(item)).getAllByRole('radio');
      expect(options.map((o) => o.closest('label')?.textContent)).toEqual([...m.answers]);
    }
  });

  it('a "yes" to thoughts of self-harm shows crisis support at once, and the patient goes on', async () => {
    const { user } = renderAt('mood', beforeMood);
    const m = en.steps.mood;
    for (const item of [...m.phq2, ...m.gad2]) await user.click(radio(item, m.answers[1]));
    expect(screen.queryByRole('link', { name: en.crisis.call })).toBeNull();
    await user.click(radio(m.selfHarm.legend, en.app.yes));
    const call = screen.getByRole('link', { name: en.crisis.call });
    expect(call).toHaveAttribute('href', 'tel:988');
    expect(call.closest('[aria-live]')).not.toBeNull();
    expect(screen.getByRole('link', { name: en.crisis.text })).toHaveAttribute('href', 'sms:988');
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.goals.title);
  });

  it('every question needs an answer', async () => {
    const { user } = renderAt('mood', beforeMood);
    await user.click(next());
    expect(inline(en.errors.chooseOne)).toHaveLength(5);
  });
});

describe('review: every answer, in words, with a change button that works', () => {
  const full: Draft = {
    ...answered,
    redFlags: ['nightPain'],
    treatments: { ...answered.treatments, injections: 'temporaryRelief' },
    priorProcedures: [{ kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' }],
    imaging: 'mriOrCtWithin2Years',
    history: ['bloodThinners', 'glp1Agonist'],
    bloodThinnerKinds: ['doac', 'aspirin'],
    steroidCoursesPast12Months: 2,
    mood: { phq2: [1, 0], gad2: [3, 2], selfHarmThoughts: false },
  };
  const row = (name: string) => screen.getByText(name, { selector: 'dt' }).nextSibling;

  it('lists the new answers in the patient words', () => {
    renderAt('review', full);
    expect(row(en.steps.priorProcedures.kinds.options.epidural)).toHaveTextContent(
      'Helped 50–79%, for days to weeks',
    );
    expect(row(en.answerNames.imaging)).toHaveTextContent(
      en.steps.imaging.options.mriOrCtWithin2Years,
    );
    expect(row(en.answerNames.bloodThinnerKinds)).toHaveTextContent(/Eliquis.*Aspirin/);
    expect(row(en.answerNames.steroidCoursesPast12Months)).toHaveTextContent('2');
    expect(row(en.steps.mood.phq2[0])).toHaveTextContent(en.steps.mood.answers[1]);
    expect(row(en.steps.mood.gad2[0])).toHaveTextContent(en.steps.mood.answers[3]);
    expect(row(en.answerNames.mood.selfHarmThoughts)).toHaveTextContent(en.app.no);
    expect(row(en.answerNames.redFlags)).toHaveTextContent(en.steps.redFlags.options.nightPain);
  });

  it.each([
    ['priorProcedures', en.steps.priorProcedures.title],
    ['imaging', en.steps.imaging.title],
    ['allergies', en.steps.allergies.title],
    ['mood', en.steps.mood.title],
  ] as const)('change %s goes to the step and back to review', async (step, title) => {
    const { user } = renderAt('review', full);
    await user.click(screen.getByRole('button', { name: en.review.change(en.stepNames[step]) }));
    expect(heading()).toHaveTextContent(title);
    await user.click(next());
    expect(heading()).toHaveTextContent(en.review.title);
  });

  it('changing injections to "no" from review drops the earlier procedures from the list', async () => {
    const { user } = renderAt('review', full);
    await user.click(
      screen.getByRole('button', { name: en.review.change(en.stepNames.treatments) }),
    );
    await user.click(radio(en.steps.treatments.tried.injections, 'No'));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.review.title);
    expect(screen.queryByText(en.steps.priorProcedures.kinds.options.epidural)).toBeNull();
    expect(
      screen.queryByRole('button', { name: en.review.change(en.stepNames.priorProcedures) }),
    ).toBeNull();
  });
});

describe('saved progress from before the questions changed', () => {
  const v1 = JSON.stringify({
    v: 1,
    savedAt: Date.now(),
    screen: 'history',
    draft: { age: 61, redFlags: [], locations: ['knee'] },
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('is dropped, and the patient is told why in one line (%s)', (locale, t) => {
    const storage = memoryStorage();
    storage.setItem(progressKey, v1);
    render(<App storage={storage} tabStorage={memoryStorage()} locale={locale} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.steps.age.title);
    expect(screen.getByText(t.app.outdated)).toBeInTheDocument();
    expect(storage.getItem(progressKey)).toBeNull();
  });

  it('says nothing when there was no saved progress', () => {
    render(<App storage={memoryStorage()} tabStorage={memoryStorage()} locale="en" />);
    expect(screen.queryByText(en.app.outdated)).toBeNull();
  });

  it('the notice goes once the patient moves on', async () => {
    const storage = memoryStorage();
    storage.setItem(progressKey, v1);
    render(<App storage={storage} tabStorage={memoryStorage()} locale="en" />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(en.steps.age.label), '61');
    await user.click(next());
    expect(screen.queryByText(en.app.outdated)).toBeNull();
  });
});

export type { Answers };
