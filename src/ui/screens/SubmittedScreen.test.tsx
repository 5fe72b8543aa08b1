// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialContext, questionnaireMachine } from '../../flows/questionnaire';
import { assess } from '../../rules';
import type { Locale } from '../i18n/catalogue';
import { enFull as en } from '../i18n/full';
import { esFull as es } from '../i18n/full';
import { LocaleProvider } from '../i18n/locale';
import { QuestionnaireContext } from '../questionnaire-context';
import { englishIn, textOutsideEnglish } from '../result/english-check.testing';
import { draftOf, resultFixtures } from '../result/result-fixtures.testing';
import { SubmittedScreen } from './RequestScreen';

/** The page after sending, with this receipt, and this public configuration from /api/config. */
function showSubmitted(
  verdict: string,
  config: unknown,
  locale: Locale = 'en',
  answers = resultFixtures.epidural,
) {
  const fetchConfig = vi.fn(() =>
    Promise.resolve(
      config === undefined
        ? new Response('{"error":{"code":"unavailable"}}', { status: 503 })
        : Response.json(config),
    ),
  );
  vi.stubGlobal('fetch', fetchConfig);
  const snapshot = questionnaireMachine.resolveState({
    value: 'submitted',
    context: {
      ...initialContext(),
      draft: draftOf(answers),
      receipt: { reference: 'K7M-4Q2', verdict },
    },
  });
  render(
    <LocaleProvider initial={locale}>
      <QuestionnaireContext.Provider logic={questionnaireMachine} options={{ snapshot }}>
        <SubmittedScreen />
      </QuestionnaireContext.Provider>
    </LocaleProvider>,
  );
  return fetchConfig;
}

const config = {
  clinicName: 'New Jersey Pain, Spine & Sports Associates',
  phone: '(732) 555-0100',
  hours: { en: 'Monday to Friday, 8 am to 5 pm', es: 'De lunes a viernes, de 8 a. m. a 5 p. m.' },
  languages: ['en', 'es'],
  brandColor: '#0b5c6b',
  procedures: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('after the request is sent', () => {
  it('after a self-harm "yes": a call soon, not in 1 to 2 days, and 988 there now', async () => {
    showSubmitted('goodCandidate', config, 'en', resultFixtures.selfHarm);
    expect(await screen.findByText(en.submitted.selfHarmNext)).toBeInTheDocument();
    expect(screen.queryByText(en.submitted.next)).toBeNull();
    expect(screen.getByRole('link', { name: en.crisis.call })).toHaveAttribute('href', 'tel:988');
    // The check is over: no "keep going" here.
    expect(screen.queryByText(en.crisis.keepGoing)).toBeNull();
  });

  it('urgent: do not wait for our call, see a doctor or urgent care today', async () => {
    expect(assess(resultFixtures.urgent).verdict).toBe('urgent');
    showSubmitted('urgent', config);
    expect(screen.getByRole('heading', { name: en.submitted.urgentHeading })).toBeInTheDocument();
    expect(screen.getByText(en.submitted.urgent)).toBeInTheDocument();
    expect(screen.queryByText(en.submitted.next)).toBeNull();
    expect(screen.getByText('K7M-4Q2')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '(732) 555-0100' })).toHaveAttribute(
      'href',
      'tel:7325550100',
    );
  });

  it.each(['goodCandidate', 'possibleCandidate', 'conservativeFirst'])(
    '%s: when the clinic will call, its phone as a link and its hours',
    async (verdict) => {
      const fetched = showSubmitted(verdict, config);
      expect(fetched).toHaveBeenCalledWith('/api/config', expect.anything());
      expect(screen.getByText(en.submitted.next)).toBeInTheDocument();
      expect(screen.queryByText(en.submitted.urgentHeading)).toBeNull();
      expect(await screen.findByRole('link', { name: config.phone })).toHaveAttribute(
        'href',
        'tel:7325550100',
      );
      expect(screen.getByText(`${en.submitted.hours} ${config.hours.en}`)).toBeInTheDocument();
    },
  );

  it('in Spanish: the Spanish hours, and no English', async () => {
    showSubmitted('goodCandidate', config, 'es');
    expect(await screen.findByText(`${es.submitted.hours} ${config.hours.es}`)).toBeInTheDocument();
    expect(screen.getByText(es.submitted.next)).toBeInTheDocument();
    expect(englishIn(textOutsideEnglish(document.body))).toEqual([]);
  });

  it('shows neither phone nor hours when the clinic has not set them', async () => {
    const fetched = showSubmitted('goodCandidate', {
      ...config,
      phone: undefined,
      hours: { es: 'x' },
    });
    await vi.waitFor(() => expect(fetched).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText(en.submitted.callUs)).toBeNull();
    expect(screen.queryByText(new RegExp(en.submitted.hours))).toBeNull();
    expect(screen.getByText(en.submitted.next)).toBeInTheDocument();
  });

  it('still says what happens next when the configuration cannot be read', async () => {
    const fetched = showSubmitted('goodCandidate', undefined);
    await vi.waitFor(() => expect(fetched).toHaveBeenCalled());
    expect(screen.getByText(en.submitted.next)).toBeInTheDocument();
    expect(screen.getByText(en.submitted.worse)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
