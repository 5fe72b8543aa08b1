// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadProgress } from '../flows/persistence';
import { App } from './App';
import { hashOf, screenOf } from './history';
import { enFull as en, esFull as es } from './i18n/full';
import { localeKey, visitLocale } from './i18n/locale';
import { memoryStorage } from './test-utils';

const heading = () => screen.getByRole('heading', { level: 1 });
const next = () => screen.getByRole('button', { name: en.app.next });

function renderApp(tab = memoryStorage()) {
  const user = userEvent.setup();
  return { user, tab, ...render(<App storage={memoryStorage()} tabStorage={tab} locale="en" />) };
}

async function answerAge(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(en.steps.age.label), '58');
  await user.click(next());
  await waitFor(() => expect(heading()).toHaveTextContent(en.steps.redFlags.title));
}

describe('the address names the screen', () => {
  it('round-trips every screen, with none for the first question; refuses anything else', () => {
    expect(hashOf('age')).toBe('');
    expect(hashOf('pain')).toBe('#step=pain');
    expect(hashOf('submitting')).toBe('#step=request');
    expect(screenOf('')).toBe('none');
    expect(screenOf('#step=pain')).toBe('pain');
    expect(screenOf('#step=p%61in')).toBe('pain');
    for (const bad of ['#step=', '#step=constructor', '#step=__proto__', '#pain', '#step=%E0%A4%A'])
      expect(screenOf(bad), bad).toBeUndefined();
  });

  it('Next adds a history entry; the browser Back shows the step again with its answer', async () => {
    const { user } = renderApp();
    const before = window.history.length;
    await answerAge(user);
    expect(window.location.hash).toBe('#step=redFlags');
    expect(window.history.length).toBe(before + 1);
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(en.steps.age.title));
    expect(window.location.hash).toBe('');
    expect(screen.getByLabelText(en.steps.age.label)).toHaveValue('58');
    window.history.forward();
    await waitFor(() => expect(heading()).toHaveTextContent(en.steps.redFlags.title));
  });

  it('an address naming a step not yet reached is corrected to the first unanswered one', async () => {
    window.history.replaceState(null, '', '/#step=goals');
    renderApp();
    await waitFor(() => expect(window.location.hash).toBe(''));
    expect(heading()).toHaveTextContent(en.steps.age.title);
  });
});

describe("this tab's answers", () => {
  it('are kept on every screen change and resumed on the same step; start over clears them', async () => {
    const tab = memoryStorage();
    const { user, unmount } = renderApp(tab);
    await answerAge(user);
    expect(loadProgress(tab, Date.now(), 'tab')).toMatchObject({
      screen: 'redFlags',
      draft: { age: 58 },
    });
    unmount();
    renderApp(tab);
    expect(heading()).toHaveTextContent(en.steps.redFlags.title);
    // Not "welcome back": that is for answers saved on the device, days later.
    expect(screen.queryByText(en.app.restored)).not.toBeInTheDocument();
    window.confirm = () => true;
    await userEvent.setup().click(screen.getByRole('button', { name: en.app.startOver }));
    expect(loadProgress(tab, Date.now(), 'tab')).toBeNull();
  });

  it('leaving with answers not saved on the device asks first; saved on it, it does not', async () => {
    const { user } = renderApp();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await answerAge(user);
    expect(leave()).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: en.app.saveProgress }));
    expect(leave()).toBe(false);
  });

  it('remember the language chosen for the visit', async () => {
    const tab = memoryStorage();
    const { user } = renderApp(tab);
    await user.click(screen.getByRole('button', { name: es.languageName }));
    expect(tab.getItem(localeKey)).toBe('es');
    expect(heading()).toHaveTextContent(es.steps.age.title);
  });
});

describe('the language a page of the visit starts in', () => {
  it.each([
    // search, browser, remembered, embedded → expected
    ['', ['en-US'], undefined, false, 'en'],
    ['', ['es-MX'], undefined, false, 'es'],
    ['', ['en-US'], 'es', false, 'es'],
    ['?lang=en', ['es-MX'], 'es', false, 'es'],
    ['?lang=en', ['es-MX'], undefined, false, 'en'],
    // The clinic's data-lang wins inside its embed.
    ['?lang=en', ['es-MX'], 'es', true, 'en'],
    ['', ['en-US'], 'es', true, 'es'],
  ] as const)(
    '%s %j remembered %s embedded %s: %s',
    (search, languages, remembered, embedded, want) => {
      expect(visitLocale(search, languages, remembered, embedded)).toBe(want);
    },
  );
});
