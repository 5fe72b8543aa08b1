import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { DeliveryState } from '../../api/staff-contract';
import { ScreenHeading } from '../components/StepLayout';
import { ApiFailure, staffFetch, type StaffUser } from './api';
import { AuditView } from './AuditView';
import { DeliveriesView } from './DeliveriesView';
import { Inbox } from './Inbox';
import { IntakeView } from './IntakeView';

// The staff inbox: sign in (or create the first administrator from the set-up link), then the
// intakes most urgent first, one intake's full record, and the audit log for administrators.

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}
const useHash = () => useSyncExternalStore(subscribe, () => window.location.hash);

export function StaffApp() {
  const hash = useHash();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => staffFetch<{ user: StaffUser }>('/api/staff/me'),
  });
  const setupToken = /^#setup=([\w-]+)$/.exec(hash)?.[1];

  if (me.isPending) return <p className="page">Loading…</p>;
  if (me.isError) {
    return (
      <main className="page staff-auth">
        {setupToken ? <SetupForm token={setupToken} /> : <LoginForm />}
      </main>
    );
  }
  const user = me.data.user;
  const intakeId = /^#\/intake\/([\w-]+)$/.exec(hash)?.[1];
  const audit = /^#\/audit(?:\?intake=([\w-]+))?$/.exec(hash);
  const deliveries = /^#\/deliveries(?:\?state=(failed|pending|delivered))?$/.exec(hash);
  return (
    <div className="staff-app">
      <header className="app-header staff-header">
        <a className="clinic-name" href="#/">
          Intake inbox
        </a>
        <nav aria-label="Staff">
          {user.role === 'admin' && <a href="#/audit">Audit log</a>}
          {user.role === 'admin' && <a href="#/deliveries">Notifications</a>}
          <span className="who">{user.email}</span>
          <SignOut />
        </nav>
      </header>
      <main className="staff-page">
        {intakeId ? (
          <IntakeView id={intakeId} isAdmin={user.role === 'admin'} />
        ) : deliveries && user.role === 'admin' ? (
          <DeliveriesView state={(deliveries[1] as DeliveryState | undefined) ?? 'failed'} />
        ) : audit && user.role === 'admin' ? (
          <AuditView {...(audit[1] !== undefined && { intakeId: audit[1] })} />
        ) : (
          <Inbox />
        )}
      </main>
    </div>
  );
}

function SignOut() {
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => staffFetch('/api/staff/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.clear();
      window.location.hash = '';
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <button type="button" className="button link" onClick={() => signOut.mutate()}>
      Sign out
    </button>
  );
}

function CredentialsForm({
  title,
  intro,
  submitLabel,
  autoCompletePassword,
  onSubmit,
}: {
  title: string;
  intro?: string;
  submitLabel: string;
  autoCompletePassword: 'current-password' | 'new-password';
  onSubmit: (email: string, password: string) => Promise<unknown>;
}) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    onSubmit(text('email'), text('password'))
      .then(() => {
        // The one-time set-up token leaves the address once spent; a link to an intake (from a
        // notification e-mail) stays, so signing in opens it.
        if (window.location.hash.startsWith('#setup=')) window.location.hash = '';
        return queryClient.invalidateQueries({ queryKey: ['me'] });
      })
      .catch((failure: unknown) => {
        setError(
          failure instanceof ApiFailure
            ? failure.message
            : 'Something went wrong. Please try again.',
        );
      })
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} aria-labelledby="screen-title" className="credentials">
      <ScreenHeading>{title}</ScreenHeading>
      {intro && <p>{intro}</p>}
      {error && (
        <p className="error-summary" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          className="text-input"
          autoComplete="username"
          required
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        {autoCompletePassword === 'new-password' && (
          <p className="hint" id="password-hint">
            At least 12 characters, and hard to guess: four or more unrelated words make a strong,
            memorable passphrase.
          </p>
        )}
        <input
          id="password"
          name="password"
          type="password"
          className="text-input"
          autoComplete={autoCompletePassword}
          aria-describedby={autoCompletePassword === 'new-password' ? 'password-hint' : undefined}
          required
        />
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Please wait…' : submitLabel}
      </button>
    </form>
  );
}

function LoginForm() {
  return (
    <CredentialsForm
      title="Sign in to the intake inbox"
      submitLabel="Sign in"
      autoCompletePassword="current-password"
      onSubmit={(email, password) =>
        staffFetch('/api/staff/login', {
          method: 'POST',
          body: JSON.stringify({ email, password }),
        })
      }
    />
  );
}

function SetupForm({ token }: { token: string }) {
  return (
    <CredentialsForm
      title="Create the first administrator"
      intro="This one-time link creates the inbox's first administrator account."
      submitLabel="Create account and sign in"
      autoCompletePassword="new-password"
      onSubmit={(email, password) =>
        staffFetch('/api/staff/setup', {
          method: 'POST',
          body: JSON.stringify({ token, email, password }),
        })
      }
    />
  );
}
