// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withStaffTestServer } from './test-server.testing';
import type { DeliveriesServerInfo } from '../../server/testing/deliveries-server.testing';
import { DeliveriesView } from './DeliveriesView';

// The notifications view fed by the real staff API over HTTP (a server process with one
// notification given up on and one still being tried), signed in as an administrator.

withStaffTestServer(
  'src/server/testing/deliveries-server.testing.ts',
  (printed) => printed as DeliveriesServerInfo,
);

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
