import { useMemo } from 'react';
import type { FullCatalogue, Locale } from '../i18n/catalogue';
import { enResult } from '../i18n/en-result';
import { esResult } from '../i18n/es-result';
import { useLocale } from '../i18n/locale';

// The result's texts travel with the result screen (a chunk of its own), not with the first screen.

const resultTexts = { en: enResult, es: esResult } as const;

/** useLocale() with the result's texts added, in the patient's language. */
export function useResultLocale(): {
  locale: Locale;
  t: FullCatalogue;
  setLocale: (locale: Locale) => void;
} {
  const { locale, t, setLocale } = useLocale();
  const full = useMemo(() => ({ ...t, ...resultTexts[locale] }), [t, locale]);
  return { locale, t: full, setLocale };
}
