// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initialContext, questionnaireMachine } from '../../flows/questionnaire';
import type { Catalogue, Locale } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { QuestionnaireContext } from '../questionnaire-context';
import { RequestScreen } from './RequestScreen';

// The request form on its own: the error summary's links, and a paste longer than a field's limit
// kept whole and said where it happened. The message of each rule is in contact-form.test.ts.

beforeAll(() => {
  // jsdom lays nothing out, and has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
});

/** The header's language switch, reduced to Spanish. */
function ToSpanish() {
  const { setLocale } = useLocale();
  return (
    <button type="button" onClick={() => setLocale('es')}>
      Español
    </button>
  );
}

function showRequest(locale: Locale = 'en') {
  const snapshot = questionnaireMachine.resolveState({
    value: 'request',
    context: { ...initialContext(), draft: { age: 52 } },
  });
  const user = userEvent.setup();
  render(
    <LocaleProvider initial={locale}>
      <QuestionnaireContext.Provider logic={questionnaireMachine} options={{ snapshot }}>
        <ToSpanish />
        <RequestScreen />
      </QuestionnaireContext.Provider>
    </LocaleProvider>,
  );
  return user;
}

const summary = (t: Catalogue) =>
  screen.getByRole('heading', { name: t.app.errorSummaryTitle }).parentElement!;
const summaryLink = (t: Catalogue, message: string) =>
  within(summary(t)).getByRole('link', { name: message });

describe.each([
  ['en', en],
  ['es', es],
] as const)('the request form, in %s', (locale, t) => {
  const r = t.request;

  it('keeps a 345-character name whole, says at once how far over it is, and why on sending', async () => {
    const user = showRequest(locale);
    const firstName = screen.getByLabelText(r.firstName);
    await user.click(firstName);
    await user.paste('M'.repeat(345));
    expect(firstName).toHaveValue('M'.repeat(345));
    // Said where it happened, and announced.
    expect(firstName).toHaveAccessibleDescription(t.app.charactersTooMany(245));
    expect(
      screen
        .getAllByText(t.app.charactersTooMany(245))
        .some((el) => el.getAttribute('aria-live') === 'polite'),
    ).toBe(true);

    await user.click(screen.getByRole('button', { name: r.send }));
    expect(summary(t)).toHaveFocus();
    const tooLong = r.errors.firstName.tooLong(100, 345);
    expect(firstName).toHaveAccessibleDescription(`${tooLong} ${t.app.charactersTooMany(245)}`);
    await user.click(summaryLink(t, tooLong));
    expect(firstName).toHaveFocus();
  });

  it('keeps a message over 1,000 characters whole and counts what is over', async () => {
    const user = showRequest(locale);
    const message = screen.getByLabelText(r.message);
    expect(message).toHaveAccessibleDescription(t.app.charactersLeft(1000));
    expect(message).not.toHaveAttribute('maxlength');
    await user.click(message);
    await user.paste('x'.repeat(1012));
    expect(message).toHaveValue('x'.repeat(1012));
    expect(message).toHaveAccessibleDescription(t.app.charactersTooMany(12));
    await user.click(screen.getByRole('button', { name: r.send }));
    expect(
      within(summary(t)).getByRole('link', { name: r.errors.message.tooLong(1000, 1012) }),
    ).toBeInTheDocument();
    await user.clear(message);
    await user.type(message, 'Hola');
    expect(message).toHaveAccessibleDescription(t.app.charactersLeft(996));
  });

  it('lists every error in the order of the form; each link moves focus to its field', async () => {
    const user = showRequest(locale);
    await user.click(screen.getByLabelText(r.dateOfBirth));
    await user.paste('2030-01-01');
    await user.click(screen.getByRole('button', { name: r.send }));
    expect(summary(t)).toHaveFocus();
    expect(
      within(summary(t))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      r.errors.firstName.empty,
      r.errors.lastName.empty,
      r.errors.dateOfBirth.future,
      r.errors.phone.empty,
      `${r.preferredContact.legend} ${t.errors.chooseOne}`,
      `${r.bestTime.legend} ${t.errors.chooseOne}`,
      r.errors.consentContact,
      r.errors.consentPrivacy,
    ]);

    await user.click(summaryLink(t, r.errors.dateOfBirth.future));
    expect(screen.getByLabelText(r.dateOfBirth)).toHaveFocus();
    await user.click(summaryLink(t, `${r.bestTime.legend} ${t.errors.chooseOne}`));
    expect(screen.getByRole('radio', { name: r.bestTime.options.morning })).toHaveFocus();
    await user.click(summaryLink(t, r.errors.consentPrivacy));
    expect(screen.getByRole('checkbox', { name: r.consentPrivacy })).toHaveFocus();
  });
});

it('says the errors again in Spanish when the patient switches language after sending', async () => {
  const user = showRequest('en');
  await user.click(screen.getByRole('button', { name: en.request.send }));
  expect(summaryLink(en, en.request.errors.firstName.empty)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Español' }));
  // Checked again, which takes a moment: then every error is in Spanish.
  await screen.findByText(es.request.errors.firstName.empty, { selector: '.field-error' });
  const inline = [...document.querySelectorAll('.field-error')].map((p) => p.textContent);
  expect(inline).toContain(es.request.errors.firstName.empty);
  expect(inline).toContain(es.request.errors.consentPrivacy);
  expect(inline).not.toContain(en.request.errors.firstName.empty);
  expect(summaryLink(es, es.request.errors.firstName.empty)).toBeInTheDocument();
});
