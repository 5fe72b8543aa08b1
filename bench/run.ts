import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchAssess } from './assess';
import { benchIntakes } from './intakes';
import { benchLighthouse } from './lighthouse';
import { benchLoginTiming } from './login-timing';
import { table, withinBudget, type Measurement } from './measurement';
import { benchPageWeight } from './page-weight';

// `npm run bench` (after `npm run build`, which the script runs): every budget of DESIGN.md,
// measured, printed beside its budget and written to bench/results/; exits non-zero when a budget
// is missed. PostgreSQL is measured too when TEST_DATABASE_URL is set.

const step = (what: string) => console.log(`… ${what}`);
const measurements: Measurement[] = [];
const details: Record<string, unknown> = {};

step('assess() throughput');
measurements.push(benchAssess());
step('page weight in Chromium (patient page, /widget.js)');
measurements.push(...(await benchPageWeight()));
step('POST /api/intakes on SQLite with autocannon (10 s, after GET /api/health for 10 s)');
const sqlite = await benchIntakes('sqlite');
measurements.push(...sqlite.measurements);
details.sqlite = { intake: sqlite.intake, health: sqlite.health, stored: sqlite.stored };
step('POST /api/intakes on SQLite with webhooks on (a receiver in another process)');
const notified = await benchIntakes('sqlite', { webhooks: true });
measurements.push(...notified.measurements);
details.sqliteWebhooks = { intake: notified.intake, stored: notified.stored };
if (process.env.TEST_DATABASE_URL) {
  step('POST /api/intakes on PostgreSQL');
  const postgres = await benchIntakes('postgres', { databaseUrl: process.env.TEST_DATABASE_URL });
  measurements.push(...postgres.measurements);
  details.postgres = { intake: postgres.intake, health: postgres.health, stored: postgres.stored };
}
step('failed sign-ins: known and unknown emails take the same time');
measurements.push(...(await benchLoginTiming()));
step('Lighthouse 12.2.3, mobile preset, 3 runs');
const lighthouse = await benchLighthouse();
measurements.push(...lighthouse.measurements);
details.lighthouse = {
  performanceRuns: lighthouse.performanceRuns,
  belowFullMarks: lighthouse.belowFullMarks,
};

const cpu = cpus();
const machine = `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const markdown = `Measured ${date} on ${machine}.\n\n${table(measurements)}\n`;

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL('latest.json', resultsDir),
  JSON.stringify({ date, machine, measurements, details }, null, 2),
);
writeFileSync(new URL('latest.md', resultsDir), markdown);
console.log(`\n${markdown}`);
console.log(`Lighthouse performance runs: ${lighthouse.performanceRuns.join(', ')}`);

const missed = measurements.filter((m) => !withinBudget(m));
if (missed.length > 0) {
  console.error(`Budget missed: ${missed.map((m) => m.name).join(', ')}`);
  process.exit(1);
}
