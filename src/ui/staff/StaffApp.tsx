import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { DeliveryState } from '../../api/staff-contract';
import { ScreenHeading } from '../components/StepLayout';
import { ApiFailure, staffFetch, type MfaStatus, type StaffUser } from './api';
import { AuditView } from './AuditView';
import { DeliveriesView } from './DeliveriesView';
import { Inbox } from './Inbox';
import { IntakeView } from './IntakeView';
import { TwoStepSetup } from './TwoStepSetup';

// The staff inbox: sign in (or create the first administrator from the set-up link), with a code
// after the password where the account has two-step sign-in, then the intakes most urgent first,
// one intake's full record, and the audit log for administrators. An account the clinic asks for
// two-step sign-in, without it, sees only its set-up until it is on.

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}
const useHash = () => useSyncExternalStore(subscribe, () => window.location.hash);

export function StaffApp() {
  const hash = useHash();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => staffFetch<{ user: StaffUser; mfa: MfaStatus }>('/api/staff/me'),
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
  const { user, mfa } = me.data;
  if (mfa.required && !mfa.enabled)
    return (
      <div className="staff-app">
        <header className="app-header staff-header">
          <span className="clinic-name">Intake inbox</span>
          <nav aria-label="Staff">
            <span className="who">{user.email}</span>
            <SignOut />
          </nav>
        </header>
        <main className="staff-page">
          <TwoStepSetup email={user.email} mfa={mfa} forced />
        </main>
      </div>
    );
  const twoStep = hash === '#/two-step';
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
          <a href="#/two-step" {...(twoStep && { 'aria-current': 'page' as const })}>
            Two-step sign-in
          </a>
          <span className="who">{user.email}</span>
          <SignOut />
        </nav>
      </header>
      <main className="staff-page">
        {twoStep ? (
          <TwoStepSetup email={user.email} mfa={mfa} forced={false} />
        ) : intakeId ? (
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
      // Everything read while signed in leaves the cache; "who am I" is asked again at once. (A
      // clear() alone left the page as it was when its address did not change: signing out from
      // the inbox's own page showed the inbox still.)
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      window.location.hash = '';
      void queryClient.resetQueries({ queryKey: ['me'] });
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
  notice,
  onSubmit,
}: {
  title: string;
  intro?: string;
  submitLabel: string;
  autoCompletePassword: 'current-password' | 'new-password';
  /** Said above the form (e.g. why the code step sent the user back here). */
  notice?: string;
  /** 'codeNext' when the password was right and the code step takes over. */
  onSubmit: (email: string, password: string) => Promise<'signedIn' | 'codeNext'>;
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
      .then((outcome) => {
        if (outcome === 'codeNext') return;
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
      {notice && !error && (
        <p className="error-summary" role="alert">
          {notice}
        </p>
      )}
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
  const [codeStep, setCodeStep] = useState(false);
  const [expired, setExpired] = useState<string>();
  if (codeStep)
    return (
      <CodeForm
        onExpired={(message) => {
          setExpired(message);
          setCodeStep(false);
        }}
      />
    );
  return (
    <CredentialsForm
      title="Sign in to the intake inbox"
      submitLabel="Sign in"
      autoCompletePassword="current-password"
      {...(expired !== undefined && { notice: expired })}
      onSubmit={async (email, password) => {
        const answer = await staffFetch<{ mfaRequired?: true }>('/api/staff/login', {
          method: 'POST',
          body: JSON.stringify({ email, password }),
        });
        if (answer.mfaRequired !== true) return 'signedIn';
        setExpired(undefined);
        setCodeStep(true);
        return 'codeNext';
      }}
    />
  );
}

/** The step after the password for an account with two-step sign-in: a code, or a recovery code. */
function CodeForm({ onExpired }: { onExpired: (message: string) => void }) {
  const queryClient = useQueryClient();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = new FormData(event.currentTarget).get('code');
    setBusy(true);
    setError(undefined);
    staffFetch('/api/staff/login/mfa', {
      method: 'POST',
      body: JSON.stringify({ code: typeof code === 'string' ? code : '' }),
    })
      .then(() => queryClient.invalidateQueries({ queryKey: ['me'] }))
      .catch((failure: unknown) => {
        if (failure instanceof ApiFailure && failure.code === 'mfa_sign_in_expired')
          onExpired(failure.message);
        else
          setError(
            failure instanceof ApiFailure
              ? failure.message
              : 'Something went wrong. Please try again.',
          );
      })
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} aria-labelledby="screen-title" className="credentials code-form">
      <ScreenHeading>Two-step sign-in</ScreenHeading>
      {error && (
        <p className="error-summary" role="alert">
          {error}
        </p>
      )}
      {recovery ? (
        <div className="field" key="recovery">
          <label htmlFor="code">Recovery code</label>
          <p className="hint" id="code-hint">
            One of the codes you saved when you set up two-step sign-in, like 7kq2m-x9d4r. Each
            works once.
          </p>
          <input
            id="code"
            name="code"
            className="text-input code-input recovery-input"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-describedby="code-hint"
            maxLength={40}
            required
          />
        </div>
      ) : (
        <div className="field" key="totp">
          <label htmlFor="code">Code from your authenticator app</label>
          <p className="hint" id="code-hint">
            Six digits; the app shows a new one every 30 seconds.
          </p>
          <input
            id="code"
            name="code"
            className="text-input code-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9 ]*"
            maxLength={8}
            aria-describedby="code-hint"
            required
          />
        </div>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Please wait…' : 'Sign in'}
      </button>
      <p>
        <button
          type="button"
          className="button link link-toggle"
          onClick={() => {
            setRecovery(!recovery);
            setError(undefined);
          }}
        >
          {recovery ? 'Use a code from the app instead' : 'Use a recovery code instead'}
        </button>
      </p>
    </form>
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
        }).then(() => 'signedIn' as const)
      }
    />
  );
}
