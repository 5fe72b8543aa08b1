import type { FullCatalogue } from './catalogue';
import { en } from './en';
import { enResult } from './en-result';
import { es } from './es';
import { esResult } from './es-result';

// Every text of each language, result included: for the staff screens (which read the English
// names of procedures and cautions) and for tests. The patient app loads the result texts with
// the result screen instead (src/ui/result/locale.ts).

export const enFull: FullCatalogue = { ...en, ...enResult };
export const esFull: FullCatalogue = { ...es, ...esResult };
export const fullCatalogues = { en: enFull, es: esFull } as const;
