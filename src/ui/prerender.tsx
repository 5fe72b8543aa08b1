import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The first screen as HTML, in English, for index.html (scripts/prerender.mjs). */
export function prerender(): string {
  return renderToString(<App locale="en" storage={undefined} embed={undefined} />);
}
