import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, findPersonalDataInLogs } from './support';

// Starts each run with empty logs and figures; at the end prints the figures (and keeps them in
// tests/artifacts/reliability/figures.md).

export function setup() {
  rmSync(artifacts, { recursive: true, force: true });
}

export function teardown() {
  const file = join(artifacts, 'figures.jsonl');
  if (!existsSync(file)) return;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { name: string; value: number | string });
  // What the log check covered, all files together (each file's afterAll fails on a finding).
  const logs = findPersonalDataInLogs();
  rows.push({
    name: 'server log lines searched for the contact details of every intake sent (people)',
    value: `${logs.lines.toLocaleString('en-US')} lines, ${logs.people.toLocaleString('en-US')} people, ${logs.findings.length} found`,
  });
  const table = [
    '| reliability figure | value |',
    '| --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value} |`,
    ),
  ].join('\n');
  writeFileSync(join(artifacts, 'figures.md'), `${table}\n`);
  console.log(`\nReliability suite, ${new Date().toISOString()}:\n\n${table}\n`);
}
