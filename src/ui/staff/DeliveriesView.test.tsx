// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveriesServerInfo } from '../../server/testing/deliveries-server.testing';
import { DeliveriesView } from './DeliveriesView';

// The notifications view fed by the real staff API over HTTP (a server process with one
// notification given up on and one still being tried), signed in as an administrator.

let server: ChildProcess;
let info: DeliveriesServerInfo;
const nodeFetch = globalThis.fetch;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['--import', 'tsx', join(process.cwd(), 'src/server/testing/deliveries-server.testing.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  info = await new Promise<DeliveriesServerInfo>((resolve, reject) => {
    let text = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(JSON.parse(line) as DeliveriesServerInfo);
    });
    server.once('exit', (code) => reject(new Error(`the test server exited (${code})`)));
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
      headers: {
        ...Object.fromEntries(new Headers(init.headers).entries()),
        cookie: info.cookie,
        host: new URL(info.url).host,
      },
    }),
  );
});

function renderView(state: 'failed' | 'pending') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DeliveriesView state={state} />
    </QueryClientProvider>,
  );
}

describe('the notifications view', () => {
  it('lists a failed notification with its intake, attempts and last error, and retries it', async () => {
    renderView('failed');
    const row = (await screen.findByRole('link', { name: 'FAI-LED' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Webhook: new request')).toBeTruthy();
    expect(within(row).getByText('31')).toBeTruthy();
    expect(within(row).getByText(/the receiver answered 503/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Failed (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Being tried (1)' })).toBeTruthy();

    await userEvent.click(
      within(row).getByRole('button', { name: 'Retry now: Webhook: new request for FAI-LED' }),
    );
    // Due again: no longer failed, now being tried.
    expect(await screen.findByText('None.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Being tried (2)' })).toBeTruthy();
  });

  it('lists what is still being tried with its next attempt', async () => {
    renderView('pending');
    const row = (await screen.findByRole('link', { name: 'PEN-DNG' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Webhook: status changed')).toBeTruthy();
    expect(within(row).getByText(/connection refused \(next try /)).toBeTruthy();
  });
});
