import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchAssess } from './assess';
import { benchPageWeight } from './page-weight';
import { table, withinBudget, type Measurement } from './measurement';

// `npm run bench`: every budget of DESIGN.md that is measured so far, printed beside its budget,
// written to bench/results/; exits non-zero when a budget is missed.

const measurements: Measurement[] = [benchAssess(), ...(await benchPageWeight())];

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const markdown = `Measured ${date} on ${machine}.\n\n${table(measurements)}\n`;

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL('latest.json', resultsDir),
  JSON.stringify({ date, machine, measurements }, null, 2),
);
writeFileSync(new URL('latest.md', resultsDir), markdown);
console.log(markdown);

const missed = measurements.filter((m) => !withinBudget(m));
if (missed.length > 0) {
  console.error(`Budget missed: ${missed.map((m) => m.name).join(', ')}`);
  process.exit(1);
}
