import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadProgress } from '../flows/persistence';
import { App, safeStorage } from './App';
import { readEmbedContext } from './embed';
import { loadCatalogue, rememberedLocale, visitLocale } from './i18n/locale';
import './styles.css';

/** Lets the built first screen be used once React has taken it over (see scripts/prerender.mjs). */
function Interactive({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useEffect(() => {
    root.removeAttribute('inert');
  }, [root]);
  return children;
}

const root = document.getElementById('root');
if (root) {
  const embed = readEmbedContext();
  const storage = safeStorage('localStorage');
  const tabStorage = safeStorage('sessionStorage');
  const locale = visitLocale(
    window.location.search,
    navigator.languages,
    rememberedLocale(tabStorage),
    embed !== undefined,
  );
  const app = (
    <StrictMode>
      <Interactive root={root}>
        <App locale={locale} embed={embed} storage={storage} tabStorage={tabStorage} />
      </Interactive>
    </StrictMode>
  );
  // index.html carries the first question, rendered at build time in English, so it shows before
  // any script runs; it stays inert (readable, not yet usable) until React has taken it over. That
  // happens when this visit starts exactly there; otherwise (Spanish, restored progress, embedded)
  // React draws afresh.
  // A Spanish visit starts in Spanish, not in English for the moment its texts take to arrive.
  await loadCatalogue(locale).catch(() => undefined);
  const now = Date.now();
  const startsAsBuilt =
    locale === 'en' &&
    embed === undefined &&
    window.location.hash === '' &&
    !(storage && loadProgress(storage, now)) &&
    !(tabStorage && loadProgress(tabStorage, now, 'tab'));
  if (root.hasChildNodes() && startsAsBuilt) {
    // In a task of its own, after the scripts' evaluation: two shorter tasks keep a slow phone's
    // main thread free sooner than one long one.
    setTimeout(() => hydrateRoot(root, app), 0);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
