// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../flows/steps';
import { baseAnswers } from '../../rules/examples.testing';
import { enFull as en } from '../i18n/full';
import { renderAt } from '../test-utils';

const { version: _version, ...answered } = baseAnswers();
const upTo = (...fields: (keyof typeof answered)[]): Draft =>
  Object.fromEntries(fields.map((field) => [field, answered[field]]));

const heading = () => screen.getByRole('heading', { level: 1 });
const next = () => screen.getByRole('button', { name: en.app.next });
const group = (name: string) => screen.getByRole('group', { name });
/** The error summary: its heading's box. */
const summary = () =>
  screen.getByRole('heading', { name: en.app.errorSummaryTitle }).parentElement!;

describe('age step', () => {
  it('asks the age in a labelled field, refuses an empty answer and goes on to red flags', async () => {
    const { user } = renderAt();
    expect(heading()).toHaveTextContent(en.steps.age.title);
    expect(heading()).toHaveAccessibleName(
      `${en.app.partOf(1, 5, en.app.sections.aboutYou)} ${en.steps.age.title}`,
    );
    await user.click(next());
    expect(summary()).toHaveFocus();
    const age = screen.getByLabelText(en.steps.age.label);
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription(`${en.steps.age.hint} ${en.errors.age.empty}`);
    await user.type(age, '45');
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.redFlags.title);
  });

  it('stops kindly under 18', async () => {
    const { user } = renderAt();
    await user.type(screen.getByLabelText(en.steps.age.label), '16');
    await user.click(next());
    expect(heading()).toHaveTextContent(en.under18.title);
  });
});

describe('red flags step', () => {
  it('needs a deliberate answer, then goes on', async () => {
    const { user } = renderAt('redFlags', upTo('age'));
    await user.click(next());
    expect(summary()).toHaveFocus();
    expect(within(summary()).getByRole('link')).toHaveTextContent(
      `${en.steps.redFlags.title} ${en.errors.redFlags}`,
    );
    await user.click(screen.getByRole('checkbox', { name: en.app.noneOfThese }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.locations.title);
  });

  it('"none of these" clears chosen signs, and a sign clears "none"', async () => {
    const { user } = renderAt('redFlags', upTo('age'));
    const night = screen.getByRole('checkbox', { name: en.steps.redFlags.options.nightPain });
    const none = screen.getByRole('checkbox', { name: en.app.noneOfThese });
    await user.click(night);
    await user.click(none);
    expect(night).not.toBeChecked();
    await user.click(night);
    expect(none).not.toBeChecked();
  });

  it('an emergency sign shows the emergency screen with a 911 link', async () => {
    const { user } = renderAt('redFlags', upTo('age'));
    await user.click(
      screen.getByRole('checkbox', { name: en.steps.redFlags.options.thunderclapHeadache }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.emergency.title);
    expect(screen.getByRole('link', { name: en.emergency.call })).toHaveAttribute(
      'href',
      'tel:911',
    );
  });
});

describe('locations step', () => {
  it('the body diagram is a pointer shortcut to the list: one tab stop and one name per choice', async () => {
    const { user, container } = renderAt('locations', upTo('age', 'redFlags'));
    // Hidden from screen readers and out of the tab order: the list is the one control.
    const figure = container.querySelector('.body-diagram svg');
    expect(figure).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('.body-diagram [tabindex]')).toHaveLength(0);
    expect(
      screen.getAllByRole('checkbox', { name: new RegExp(en.steps.locations.options.neck) }),
    ).toHaveLength(1);
    // A tap on the figure ticks the list, and the figure shows the list's state.
    const neck = container.querySelector('.body-region[data-location="neck"]');
    if (!neck) throw new Error('no neck region');
    await user.click(neck);
    const list = group(en.steps.locations.listLegend);
    const option = within(list).getByRole('checkbox', {
      name: new RegExp(en.steps.locations.options.neck),
    });
    expect(option).toBeChecked();
    expect(neck).toHaveClass('checked');
    await user.click(option);
    expect(neck).not.toHaveClass('checked');
  });

  it("asks only the chosen locations' details", async () => {
    const { user } = renderAt('locations', upTo('age', 'redFlags'));
    await user.click(
      within(group(en.steps.locations.listLegend)).getByRole('checkbox', {
        name: new RegExp(en.steps.locations.options.head),
      }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.head.title);
  });
});

describe('detail steps', () => {
  it('back: each question is a labelled group; leg pain and surgery are required', async () => {
    const { user } = renderAt('back', upTo('age', 'redFlags', 'locations'));
    expect(heading()).toHaveTextContent(en.steps.back.title);
    await user.click(next());
    expect(
      within(group(en.steps.back.legPain.legend)).getByText(en.errors.chooseOne),
    ).toBeInTheDocument();
    await user.click(
      within(group(en.steps.back.legPain.legend)).getByRole('radio', {
        name: en.steps.back.legPain.options.belowKnee,
      }),
    );
    await user.click(
      within(group(en.steps.back.priorSurgery.legend)).getByRole('radio', { name: en.app.no }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.duration.title);
  });

  it('neck, knee, head and nerve steps each ask their own questions', async () => {
    const draft: Draft = {
      ...upTo('age', 'redFlags'),
      locations: ['neck', 'knee', 'head', 'nervePain'],
    };
    const { user } = renderAt('neck', draft);
    await user.click(
      within(group(en.steps.neck.armPain.legend)).getByRole('radio', {
        name: en.steps.neck.armPain.options.shoulder,
      }),
    );
    await user.click(
      within(group(en.steps.neck.priorSurgery.legend)).getByRole('radio', { name: en.app.yes }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.knee.title);
    await user.click(
      within(group(en.steps.knee.replacement.legend)).getByRole('radio', {
        name: en.steps.knee.replacement.options.none,
      }),
    );
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.head.title);
    await user.type(screen.getByLabelText(en.steps.head.daysPerMonth.label), '40');
    await user.click(next());
    expect(
      within(group(en.steps.head.types.legend)).getByText(en.errors.chooseAtLeastOne),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(en.steps.head.daysPerMonth.label)).toHaveAccessibleDescription(
      `${en.steps.head.daysPerMonth.hint} ${en.errors.number.tooHigh(31)}`,
    );
    await user.click(screen.getByRole('checkbox', { name: en.steps.head.types.options.cluster }));
    await user.clear(screen.getByLabelText(en.steps.head.daysPerMonth.label));
    await user.type(screen.getByLabelText(en.steps.head.daysPerMonth.label), '12');
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.nerve.title);
    await user.click(screen.getByRole('radio', { name: en.steps.nerve.cause.options.crps }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.duration.title);
  });
});

describe('later steps', () => {
  it('pain: three 0-10 scales with their ends in words; worst cannot be below average', async () => {
    const { user } = renderAt('pain', upTo('age', 'redFlags', 'locations', 'back', 'duration'));
    const average = group(en.steps.pain.painAverage);
    expect(within(average).getAllByRole('radio')).toHaveLength(11);
    expect(
      within(average).getByRole('radio', { name: `0: ${en.steps.pain.painEnds.low}` }),
    ).toBeInTheDocument();
    expect(
      within(average).getByRole('radio', { name: `10: ${en.steps.pain.painEnds.high}` }),
    ).toBeInTheDocument();
    await user.click(within(average).getByRole('radio', { name: '7' }));
    await user.click(within(group(en.steps.pain.painWorst)).getByRole('radio', { name: '4' }));
    await user.click(within(group(en.steps.pain.interference)).getByRole('radio', { name: '6' }));
    await user.click(next());
    expect(
      within(group(en.steps.pain.painWorst)).getByText(en.errors.painWorst),
    ).toBeInTheDocument();
    await user.click(within(group(en.steps.pain.painWorst)).getByRole('radio', { name: '9' }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.steps.treatments.title);
  });

  it('back keeps the answers of the step it returns to', async () => {
    const { user } = renderAt('duration', upTo('age', 'redFlags', 'locations', 'back', 'duration'));
    await user.click(screen.getByRole('button', { name: en.app.back }));
    expect(heading()).toHaveTextContent(en.steps.back.title);
    expect(
      within(group(en.steps.back.legPain.legend)).getByRole('radio', {
        name: en.steps.back.legPain.options.none,
      }),
    ).toBeChecked();
  });
});

describe('review and result', () => {
  it('lists every answer with a change button that returns to review', async () => {
    const { user } = renderAt('review', answered);
    expect(heading()).toHaveTextContent(en.review.title);
    expect(screen.getByText(en.answerNames.painAverage).nextSibling).toHaveTextContent(
      en.answerNames.outOf10(6),
    );
    await user.click(screen.getByRole('button', { name: en.review.change(en.stepNames.duration) }));
    expect(heading()).toHaveTextContent(en.steps.duration.title);
    await user.click(screen.getByRole('radio', { name: en.steps.duration.options.over1Year }));
    await user.click(next());
    expect(heading()).toHaveTextContent(en.review.title);
    expect(screen.getByText(en.steps.duration.options.over1Year)).toBeInTheDocument();
  });

  it('shows the verdict first, each procedure with why it fits, cautions, and that it is not a diagnosis', async () => {
    const { user } = renderAt('review', {
      ...answered,
      back: { ...answered.back!, legPain: 'belowKnee' },
      history: ['bloodThinners'],
      bloodThinnerKinds: ['doac'],
    });
    await user.click(screen.getByRole('button', { name: en.review.confirm }));
    // The result screen is a chunk of its own: wait for it to load.
    await screen.findByText(en.result.notADiagnosis);
    expect(heading()).toHaveTextContent(en.result.verdicts.goodCandidate.title);
    const procedure = screen.getByRole('region', {
      name: new RegExp(en.result.procedures.epiduralSteroidInjection.name),
    });
    expect(within(procedure).getByText(en.result.fit.strong)).toBeInTheDocument();
    expect(within(procedure).getByText(/Yes, below the knee/)).toBeInTheDocument();
    expect(screen.getByText(en.result.cautions.bloodThinners.title)).toBeInTheDocument();
    expect(screen.getByText(en.result.notADiagnosis)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.result.print })).toBeInTheDocument();
  });
});
