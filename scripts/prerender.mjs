// After `vite build`: write the first question into dist/client/index.html, so a patient on a
// slow phone reads it before the scripts arrive (React hydrates it; see src/ui/main.tsx).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { prerender } = await import(new URL('dist/prerender/prerender.js', root).href);
const file = new URL('dist/client/index.html', root);
const html = readFileSync(file, 'utf8');
const marker = '<div id="root"></div>';
if (!html.includes(marker)) throw new Error('index.html has no empty #root to fill.');
// Inert until React takes it over (src/ui/main.tsx): a click before then would be lost.
writeFileSync(file, html.replace(marker, `<div id="root" inert>${prerender()}</div>`));
