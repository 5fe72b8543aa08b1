import { createContext, use, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue, Locale } from './catalogue';
import { en } from './en';
import { es } from './es';

export const catalogues: Record<Locale, Catalogue> = { en, es };

/** `?lang=es` first (for links and embeds), then the browser's preferred languages, then English. */
export function preferredLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'es') return asked;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
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
