import {
  createContext,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Catalogue, Locale } from './catalogue';
import { en } from './en';

// English travels with the first screen; Spanish is a chunk of its own, fetched before the first
// render for a Spanish visit (main.tsx) and on the tap that chooses it, so neither language's
// patients download the other's texts up front (the first-load budget of DESIGN.md).

/** Each language's name in that language, for the switch: known before its texts are. */
export const languageNames: Record<Locale, string> = { en: 'English', es: 'Español' };

const loaded: Partial<Record<Locale, Catalogue>> = { en };
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es').then((m) => m.es),
};

/** Fetches a language's texts once; resolves when they can be shown. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

/** Makes texts known without fetching them (tests, which import every language). */
export function addCatalogue(locale: Locale, catalogue: Catalogue): void {
  loaded[locale] = catalogue;
}

const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'es';

/** `?lang=es` first (for links and embeds), then the browser's preferred languages, then English. */
export function preferredLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (isLocale(asked)) return asked;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Where the language the patient chose is kept for the visit (this tab's sessionStorage). */
export const localeKey = 'ipm-candidacy:lang';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/** The language chosen earlier in this visit, if any. */
export function rememberedLocale(storage: KeyValue | undefined): Locale | undefined {
  try {
    const value = storage?.getItem(localeKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLocale(storage: KeyValue | undefined, locale: Locale): void {
  try {
    storage?.setItem(localeKey, locale);
  } catch {
    // Storage refused (private browsing): the choice holds until the page is left.
  }
}

/**
 * The language a page of this visit starts in: the one the patient chose earlier in the visit,
 * then `?lang`, the browser's languages, English. In the clinic's embed, its `data-lang` (the
 * frame's `?lang`) comes first: the clinic placed a Spanish widget on a Spanish page.
 */
export function visitLocale(
  search: string,
  languages: readonly string[],
  remembered: Locale | undefined,
  embedded: boolean,
): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (embedded && isLocale(asked)) return asked;
  return remembered ?? preferredLocale(search, languages);
}

interface LocaleValue {
  locale: Locale;
  t: Catalogue;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ initial, children }: { initial?: Locale; children: ReactNode }) {
  const [wanted, setWanted] = useState<Locale>(
    () => initial ?? preferredLocale(window.location.search, navigator.languages),
  );
  const [, setArrived] = useState(0);
  const catalogue = loaded[wanted];
  // The language shown: the one wanted once its texts are here, English until then.
  const locale: Locale = catalogue ? wanted : 'en';
  useEffect(() => {
    if (catalogue) return;
    loadCatalogue(wanted).then(
      () => setArrived((n) => n + 1),
      // Offline before the texts came: stay in the language shown, and let a tap try again.
      () => setWanted(locale),
    );
  }, [wanted, catalogue, locale]);
  const pageTitle = (catalogue ?? en).app.pageTitle;
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    // The tab, bookmarks and history name the page in its language (the staff page has its own).
    const ours = Object.values(loaded).map((c) => c.app.pageTitle);
    if (!document.title || ours.includes(document.title)) document.title = pageTitle;
  }, [locale, pageTitle]);
  const setLocale = useCallback((next: Locale) => setWanted(next), []);
  const value = useMemo(
    () => ({ locale, t: catalogue ?? en, setLocale }),
    [locale, catalogue, setLocale],
  );
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleValue {
  const value = use(LocaleContext);
  if (value === null) throw new Error('useLocale needs a LocaleProvider.');
  return value;
}
