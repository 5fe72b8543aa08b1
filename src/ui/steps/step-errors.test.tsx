// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../flows/steps';
import { baseAnswers } from '../../rules/examples.testing';
import type { Catalogue, Locale } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { renderAt } from '../test-utils';

// Each rule of a question has its own message, in both languages, beside the question and again
// as a link in the error summary, which takes focus after a submit that fails.

const { version: _version, ...answered } = baseAnswers();
const upTo = (...fields: (keyof typeof answered)[]): Draft =>
  Object.fromEntries(fields.map((field) => [field, answered[field]]));

const catalogues: Record<Locale, Catalogue> = { en, es };

beforeAll(() => {
  // jsdom lays nothing out, and has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
});

function summary(t: Catalogue) {
  return screen.getByRole('heading', { name: t.app.errorSummaryTitle }).parentElement!;
}
const links = (t: Catalogue) =>
  within(summary(t))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe.each(['en', 'es'] as const)('age, in %s', (locale) => {
  const t = catalogues[locale];
  const m = t.errors.age;
  it.each([
    ['nothing', '', m.empty],
    ['letters', 'abc', m.notWhole],
    ['a decimal', '52.5', m.notWhole],
    ['150', '150', m.tooHigh(120)],
    ['0', '0', m.tooLow(1)],
    ['a negative number', '-4', m.tooLow(1)],
    ['more digits than a number holds', '123456789012345678901234', m.tooHigh(120)],
  ])('%s: says so beside the field and in the summary', async (_case, typed, message) => {
    const { user } = renderAt('age', {}, locale);
    const age = screen.getByLabelText(t.steps.age.label);
    if (typed !== '') {
      await user.click(age);
      await user.paste(typed);
    }
    await user.click(screen.getByRole('button', { name: t.app.next }));
    expect(summary(t)).toHaveFocus();
    expect(age).toHaveAccessibleDescription(`${t.steps.age.hint} ${message}`);
    expect(links(t)).toEqual([`${t.steps.age.label} ${message}`]);
    // Whatever was typed or pasted is kept whole.
    expect(age).toHaveValue(typed);
  });
});

describe.each(['en', 'es'] as const)('headache days, from 0 to 31, in %s', (locale) => {
  const t = catalogues[locale];
  const m = t.errors.number;
  const draft: Draft = { ...upTo('age', 'redFlags'), locations: ['head'] };
  it.each([
    ['nothing', '', m.empty],
    ['a decimal', '2.5', m.notWhole],
    ['40', '40', m.tooHigh(31)],
    ['a negative number', '-1', m.tooLow(0)],
  ])('%s: its own message', async (_case, typed, message) => {
    const { user } = renderAt('head', draft, locale);
    await user.click(screen.getByRole('checkbox', { name: t.steps.head.types.options.migraine }));
    const days = screen.getByLabelText(t.steps.head.daysPerMonth.label);
    if (typed !== '') await user.type(days, typed);
    await user.click(screen.getByRole('button', { name: t.app.next }));
    expect(days).toHaveAccessibleDescription(`${t.steps.head.daysPerMonth.hint} ${message}`);
    expect(links(t)).toEqual([`${t.steps.head.daysPerMonth.label} ${message}`]);
  });
});

describe.each(['en', 'es'] as const)('choices, in %s', (locale) => {
  const t = catalogues[locale];

  it('red flags: neither a sign nor "none of these" is said as such, naming the question', async () => {
    const { user } = renderAt('redFlags', upTo('age'), locale);
    await user.click(screen.getByRole('button', { name: t.app.next }));
    expect(links(t)).toEqual([`${t.steps.redFlags.title} ${t.errors.redFlags}`]);
    expect(screen.getByText(t.errors.redFlags, { selector: '.field-error' })).toBeInTheDocument();
  });

  it('pain: each unanswered scale in the order of the page, then worst below average', async () => {
    const { user } = renderAt(
      'pain',
      upTo('age', 'redFlags', 'locations', 'back', 'duration'),
      locale,
    );
    const scale = (name: string) => screen.getByRole('group', { name });
    const next = () => user.click(screen.getByRole('button', { name: t.app.next }));
    await user.click(within(scale(t.steps.pain.painAverage)).getByRole('radio', { name: '7' }));
    await next();
    expect(links(t)).toEqual([
      `${t.steps.pain.painWorst} ${t.errors.chooseOne}`,
      `${t.steps.pain.interference} ${t.errors.chooseOne}`,
    ]);
    await user.click(within(scale(t.steps.pain.painWorst)).getByRole('radio', { name: '4' }));
    await user.click(within(scale(t.steps.pain.interference)).getByRole('radio', { name: '6' }));
    await next();
    expect(links(t)).toEqual([`${t.steps.pain.painWorst} ${t.errors.painWorst}`]);
  });
});

describe('the error summary', () => {
  it('takes focus after each submit that fails, and its links move focus to their fields', async () => {
    const { user } = renderAt('pain', upTo('age', 'redFlags', 'locations', 'back', 'duration'));
    const scale = (name: string) => screen.getByRole('group', { name });
    const next = () => user.click(screen.getByRole('button', { name: en.app.next }));
    await user.click(within(scale(en.steps.pain.painAverage)).getByRole('radio', { name: '7' }));
    await next();
    expect(summary(en)).toHaveFocus();
    const [worst, interference] = within(summary(en)).getAllByRole('link');
    expect(worst).toHaveAttribute('href', `#${scale(en.steps.pain.painWorst).id}`);

    // A group without an answer: its first option takes focus.
    await user.click(interference!);
    expect(
      within(scale(en.steps.pain.interference)).getByRole('radio', { name: /^0/ }),
    ).toHaveFocus();

    // Answered, an error leaves the summary at once.
    await user.click(within(scale(en.steps.pain.interference)).getByRole('radio', { name: '6' }));
    expect(links(en)).toEqual([`${en.steps.pain.painWorst} ${en.errors.chooseOne}`]);

    // The next submit that fails focuses the summary again; a group with an answer gives focus
    // to its checked option.
    await user.click(within(scale(en.steps.pain.painWorst)).getByRole('radio', { name: '4' }));
    await next();
    expect(summary(en)).toHaveFocus();
    await user.click(within(summary(en)).getByRole('link'));
    expect(within(scale(en.steps.pain.painWorst)).getByRole('radio', { name: '4' })).toHaveFocus();
  });

  it('links a text field to its input, by an id made from its name, unique on the page', async () => {
    const { user } = renderAt();
    await user.click(screen.getByRole('button', { name: en.app.next }));
    const link = within(summary(en)).getByRole('link');
    expect(link).toHaveAttribute('href', '#field-age');
    await user.click(link);
    expect(screen.getByLabelText(en.steps.age.label)).toHaveFocus();
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is not shown before a submit, nor once the errors are put right', async () => {
    const { user } = renderAt();
    expect(screen.queryByRole('heading', { name: en.app.errorSummaryTitle })).toBeNull();
    await user.click(screen.getByRole('button', { name: en.app.next }));
    await user.type(screen.getByLabelText(en.steps.age.label), '45');
    expect(screen.queryByRole('heading', { name: en.app.errorSummaryTitle })).toBeNull();
  });
});
