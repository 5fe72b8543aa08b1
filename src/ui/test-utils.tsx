import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveProgress } from '../flows/persistence';
import type { ScreenId } from '../flows/questionnaire';
import type { Draft } from '../flows/steps';
import { App } from './App';
import type { Locale } from './i18n/catalogue';

/** An in-memory Storage, so each test starts from exactly the progress it seeds. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}

/** Renders the whole app at a screen with these answers so far (through saved progress). */
export function renderAt(screen: ScreenId = 'age', draft: Draft = {}, locale?: Locale) {
  const storage = memoryStorage();
  if (screen !== 'age' || Object.keys(draft).length > 0)
    saveProgress(storage, screen, draft, Date.now());
  const user = userEvent.setup();
  return {
    user,
    storage,
    ...render(<App storage={storage} tabStorage={memoryStorage()} {...(locale && { locale })} />),
  };
}
