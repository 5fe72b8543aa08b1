import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

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
