// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { withStaffTestServer } from './test-server.testing';
import type { StaffServerInfo } from '../../server/testing/staff-server.testing';
import { enFull as en } from '../i18n/full';
import { Inbox } from './Inbox';
import { IntakeView } from './IntakeView';

// The staff screens fed by the real staff API over HTTP, on a real (SQLite) database: a server
// process (src/server/testing/staff-server.testing.ts) holds the three intakes stored by ruleset
// 2026.1 and one of 2026.2, and the page's requests go to it with a signed-in session.

const server = withStaffTestServer(
  'src/server/testing/staff-server.testing.ts',
  (printed) => printed as StaffServerInfo,
);

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
    const [first] = server().legacy;
    renderWithQueries(<IntakeView id={first!.id} />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(screen.getByText(/ruleset 2026\.1/, { selector: '.meta' })).toBeInTheDocument();
    expect(summary).toHaveTextContent(
      'Received under ruleset 2026.1 (answers version 1): shown as it was assessed then, never re-assessed.',
    );
    expect(summary).toHaveTextContent('Good candidate');
    expect(summary).toHaveTextContent('Epidural steroid injection (good fit)');
    expect(summary).toHaveTextContent(/Caution: .*anticoagul|Important: .*anticoagul/i);
    expect(
      within(summary).getByRole('heading', { name: 'Mood' }).nextElementSibling,
    ).toHaveTextContent('not asked (ruleset 2026.1)');
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
    for (const intake of server().legacy) {
      const { unmount } = renderWithQueries(<IntakeView id={intake.id} />);
      const heading = await screen.findByRole('heading', { level: 1 });
      expect(heading).toHaveTextContent(intake.reference);
      expect(await answers()).not.toEqual(new Map());
      unmount();
    }
  });

  it('shows the answers version 2 added, the reasons for the verdict and the mood screen', async () => {
    renderWithQueries(<IntakeView id={server().currentId} />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(/Good candidate because .+/);
    expect(summary).not.toHaveTextContent('Received under ruleset');
    expect(summary).toHaveTextContent(
      'PHQ-2 3/6, GAD-2 1/6: positive (3 or more); thoughts of self-harm in the past 2 weeks: YES',
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

  it('says "None" for no warning signs, and lists them when there are some', async () => {
    const { unmount } = renderWithQueries(<IntakeView id={server().currentId} />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const signs = within(summary).getByRole('heading', { name: 'Warning signs' });
    expect(signs.nextElementSibling).toHaveTextContent(/^None$/);
    unmount();
    // The urgent example of ruleset 2026.1.
    renderWithQueries(<IntakeView id={server().legacy[1]!.id} />);
    const urgent = await screen.findByRole('region', { name: 'Summary' });
    const list = within(urgent).getByRole('heading', { name: 'Warning signs' }).nextElementSibling;
    expect(list?.tagName).toBe('UL');
    expect(list).toHaveTextContent(/Urgent: .+/);
  });

  it('shows the same-day call and the outreach checkbox only for a self-harm "yes"', async () => {
    const { unmount } = renderWithQueries(<IntakeView id={server().legacy[0]!.id} />);
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByRole('heading', { name: /Same-day call/ })).toBeNull();
    expect(
      screen.queryByRole('checkbox', { name: 'This note records the outreach call' }),
    ).toBeNull();
    unmount();

    renderWithQueries(<IntakeView id={server().currentId} />);
    const callout = await screen.findByRole('region', { name: /Same-day call/ });
    expect(callout).toHaveTextContent('the same business day');
    expect(callout).toHaveTextContent(
      'Close the intake only after a note marked as the outreach record',
    );
    const box = screen.getByRole('checkbox', { name: 'This note records the outreach call' });
    expect(box).not.toBeChecked();
  });
});

describe('the staff inbox', () => {
  it('is a table with named columns; a self-harm "yes" comes first, badged, and 2026.1 intakes are labelled', async () => {
    renderWithQueries(<Inbox />);
    const table = await screen.findByRole('table', { name: /Intakes, most pressing first/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Patient', 'Phone', 'Age', 'Verdict', 'Warning signs', 'Status', 'Received']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('NEW-2BB');
    expect(within(rows[0]!).getByText('Same-day call')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: /^[\d\s()+-]+$/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^tel:\+?\d+$/),
    );
    expect(within(rows[0]!).getByRole('cell', { name: 'None' })).toBeInTheDocument();
    for (const row of rows.slice(1)) expect(row).not.toHaveTextContent('Same-day call');
    // The urgent one of 2026.1 next, its warning signs in a few words.
    expect(rows[1]).toHaveTextContent('Urgent');
    expect(rows[1]).not.toHaveTextContent('None');
    for (const row of rows) {
      const old = /OLD-/.test(row.textContent);
      expect(row.textContent.includes('ruleset 2026.1'), row.textContent).toBe(old);
    }
  });
});

describe('changing a same-day-call intake', () => {
  // One story, in order, last in the file: the intake starts new and without an outreach record.
  it('refuses to close before the outreach record, snaps back, then closes once it exists', async () => {
    const user = userEvent.setup();
    renderWithQueries(<IntakeView id={server().currentId} />);
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Status' });
    expect(select.value).toBe('new');

    await user.selectOptions(select, 'contacted');
    await waitFor(() =>
      expect(screen.getByText('Status saved: Contacted')).toHaveAttribute('role', 'status'),
    );
    expect(select.value).toBe('contacted');
    expect(select).toHaveFocus();

    await user.selectOptions(select, 'closed');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "This patient reported thoughts of self-harm: add a note of the clinician's call, marked as the outreach record, before closing the intake.",
    );
    expect(select.value).toBe('contacted');
    expect(select).toHaveFocus();
    expect(screen.queryByText('Status saved: Closed')).toBeNull();

    // An ordinary note is not the outreach record.
    await user.type(screen.getByLabelText('Add a note'), 'Left a voicemail.');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByText('Note saved')).toHaveAttribute('role', 'status'));
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByText('Left a voicemail.')).toBeInTheDocument();
    expect(within(notes).queryByText('Outreach record')).toBeNull();

    await user.type(
      screen.getByLabelText('Add a note'),
      'Spoke with the patient; safe, seen by GP.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'This note records the outreach call' }));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() =>
      expect(screen.getByText('Outreach record saved')).toHaveAttribute('role', 'status'),
    );
    const record = within(notes).getByText('Spoke with the patient; safe, seen by GP.');
    expect(record.closest('li')).toHaveTextContent('Outreach record');
    expect(
      screen.getByRole('checkbox', { name: 'This note records the outreach call' }),
    ).not.toBeChecked();
    expect(screen.getByRole('region', { name: /Same-day call/ })).toHaveTextContent(
      'Outreach recorded.',
    );
    // The earlier refusal no longer stands once the record exists: it is not left on screen.
    expect(screen.queryByRole('alert')).toBeNull();

    await user.selectOptions(select, 'closed');
    await waitFor(() =>
      expect(screen.getByText('Status saved: Closed')).toHaveAttribute('role', 'status'),
    );
    expect(select.value).toBe('closed');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
