import { createContext, use, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue, Locale } from './catalogue';
import { en } from './en';
import { es } from './es';

export const catalogues: Record<Locale, Catalogue> = { en, es };

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
  const [locale, setLocale] = useState<Locale>(
    () => initial ?? preferredLocale(window.location.search, navigator.languages),
  );
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, t: catalogues[locale], setLocale }), [locale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleValue {
  const value = use(LocaleContext);
  if (value === null) throw new Error('useLocale needs a LocaleProvider.');
  return value;
}
