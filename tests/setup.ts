import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { es } from '../src/ui/i18n/es';
import { addCatalogue } from '../src/ui/i18n/locale';

// The app fetches Spanish when it is chosen; tests have every language at hand from the start.
addCatalogue('es', es);

// Testing Library cleans up after each test only when the runner exposes globals; ours does not.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    // The app keeps this tab's answers and its screen in the address: each test starts afresh.
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  }
});
