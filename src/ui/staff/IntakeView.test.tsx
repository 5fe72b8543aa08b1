// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffServerInfo } from '../../server/testing/staff-server.testing';
import { enFull as en } from '../i18n/full';
import { Inbox } from './Inbox';
import { IntakeView } from './IntakeView';

// The staff screens fed by the real staff API over HTTP, on a real (SQLite) database: a server
// process (src/server/testing/staff-server.testing.ts) holds the three intakes stored by ruleset
// 2026.1 and one of 2026.2, and the page's requests go to it with a signed-in session.

let server: ChildProcess;
let info: StaffServerInfo;
const nodeFetch = globalThis.fetch;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['--import', 'tsx', join(process.cwd(), 'src/server/testing/staff-server.testing.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  info = await new Promise<StaffServerInfo>((resolve, reject) => {
    let text = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(JSON.parse(line) as StaffServerInfo);
    });
    server.once('exit', (code) => reject(new Error(`the staff test server exited (${code})`)));
  });
}, 60_000);
afterAll(async () => {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

beforeEach(() => {
  vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) =>
    nodeFetch(`${info.url}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: info.cookie },
    }),
  );
});

function renderWithQueries(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

/** The answers region as name → value. */
async function answers(): Promise<Map<string, string>> {
  const region = await screen.findByRole('region', { name: 'Answers' });
  return new Map(
    within(region)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']),
  );
}

describe('the staff intake page', () => {
  it('shows a 2026.1 intake as stored: labelled, its own assessment, only the answers it has', async () => {
    const [first] = info.legacy;
    renderWithQueries(<IntakeView id={first!.id} />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(screen.getByText(/ruleset 2026\.1/, { selector: '.meta' })).toBeInTheDocument();
    expect(summary).toHaveTextContent(
      'Received under ruleset 2026.1 (answers version 1): shown as it was assessed then, never re-assessed.',
    );
    expect(summary).toHaveTextContent('Good candidate');
    expect(summary).toHaveTextContent(en.result.procedures.epiduralSteroidInjection.name);
    expect(summary).toHaveTextContent(en.result.cautions.bloodThinners.title);
    expect(summary).not.toHaveTextContent(/Because:|Mood screen/);
    const rows = await answers();
    expect(rows.get(en.answerNames.back.legPain)).toBe(en.steps.back.legPain.options.belowKnee);
    expect(rows.get(en.answerNames.history)).toBe(
      [
        en.steps.history.history.options.bloodThinners,
        en.steps.history.history.options.diabetes,
      ].join('; '),
    );
    expect(rows.get(en.answerNames.steroidInjectionsPast12Months)).toBe('0');
    // Every stored field, and nothing version 1 did not ask.
    const stored = first!.record.answers;
    const expected =
      Object.keys(stored).length -
      2 + // version is not shown; back and treatments are split out below
      Object.keys(stored.back!).length +
      Object.keys(stored.treatments).length -
      1;
    expect(rows.size).toBe(expected);
    for (const name of ['Latest imaging', 'Which blood thinner', 'PHQ-2 (past 2 weeks)'])
      expect(rows.has(name)).toBe(false);
  });

  it('shows every intake of ruleset 2026.1 without failing, whatever its verdict', async () => {
    for (const intake of info.legacy) {
      const { unmount } = renderWithQueries(<IntakeView id={intake.id} />);
      const heading = await screen.findByRole('heading', { level: 1 });
      expect(heading).toHaveTextContent(intake.reference);
      expect(await answers()).not.toEqual(new Map());
      unmount();
    }
  });

  it('shows the answers version 2 added, the reasons for the verdict and the mood screen', async () => {
    renderWithQueries(<IntakeView id={info.currentId} />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(/Because: .+/);
    expect(summary).not.toHaveTextContent('Received under ruleset');
    expect(summary).toHaveTextContent(
      'Thoughts of being better off dead or of self-harm in the past 2 weeks: yes',
    );
    expect(summary).toHaveTextContent(
      'Mood screen: PHQ-2 3 of 6, GAD-2 1 of 6 — positive (3 or more)',
    );
    const rows = await answers();
    expect(rows.get('Earlier procedure: Epidural steroid injection')).toBe(
      '50–79% relief, lasted days to weeks',
    );
    expect(rows.get('Latest imaging')).toBe('MRI or CT within 2 years');
    expect(rows.get('Courses of steroid tablets, past 12 months')).toBe('2');
    expect(rows.get('Which blood thinner')).toMatch(/^DOAC \(apixaban\/Eliquis/);
    expect(rows.get('PHQ-2 (past 2 weeks)')).toBe('2 + 1 = 3 of 6');
    expect(rows.get('GAD-2 (past 2 weeks)')).toBe('0 + 1 = 1 of 6');
    expect(rows.get('Thoughts of being better off dead or of self-harm (past 2 weeks)')).toBe(
      en.app.yes,
    );
    expect(rows.get(en.answerNames.back.legPain)).toBe(en.steps.back.legPain.options.belowKnee);
  });
});

describe('the staff inbox', () => {
  it('labels the intakes of ruleset 2026.1, and only those', async () => {
    renderWithQueries(<Inbox />);
    const list = await screen.findByRole('list', { name: 'Intakes, most urgent first' });
    const rows = await within(list).findAllByRole('listitem');
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const old = /OLD-/.test(row.textContent);
      expect(row.textContent.includes('ruleset 2026.1'), row.textContent).toBe(old);
    }
  });
});
