import { useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { ScreenHeading } from '../components/StepLayout';
import { ApiFailure, staffFetch, type MfaStatus } from './api';

// Two-step sign-in: setting it up (the QR code, the key to type by hand, a code to confirm) and
// the recovery codes, shown once. The same screen serves a member of staff who chooses it from
// the header and one the clinic sends here before the inbox opens.

interface Enrolment {
  otpauthUrl: string;
  secret: string;
  qrSvg: string;
}

const failureText = (failure: unknown) =>
  failure instanceof ApiFailure ? failure.message : 'Something went wrong. Please try again.';

/** The key in groups of four, as authenticator apps show and ask for it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoStepSetup({
  email,
  mfa,
  forced,
}: {
  email: string;
  mfa: MfaStatus;
  forced: boolean;
}) {
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const start = () => {
    setBusy(true);
    setError(undefined);
    staffFetch<Enrolment>('/api/staff/mfa/enroll', { method: 'POST' })
      .then(setEnrolment)
      .catch((failure: unknown) => setError(failureText(failure)))
      .finally(() => setBusy(false));
  };

  const confirm = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = new FormData(event.currentTarget).get('code');
    setBusy(true);
    setError(undefined);
    staffFetch<{ recoveryCodes: string[] }>('/api/staff/mfa/confirm', {
      method: 'POST',
      body: JSON.stringify({ code: typeof code === 'string' ? code : '' }),
    })
      .then((answer) => setRecoveryCodes(answer.recoveryCodes))
      .catch((failure: unknown) => setError(failureText(failure)))
      .finally(() => setBusy(false));
  };

  const done = () => {
    window.location.hash = '#/';
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  };

  if (recoveryCodes)
    return <RecoveryCodes email={email} codes={recoveryCodes} onDone={done} forced={forced} />;

  if (mfa.enabled)
    return (
      <section className="two-step" aria-labelledby="screen-title">
        <ScreenHeading>Two-step sign-in</ScreenHeading>
        <p className="notice notice-ok">
          Two-step sign-in is on: signing in asks for a code from your authenticator app after your
          password.
        </p>
        <p>
          {mfa.recoveryCodesLeft === 1
            ? 'You have 1 recovery code left.'
            : `You have ${mfa.recoveryCodesLeft} recovery codes left.`}{' '}
          Each works once, in place of a code, if your phone is not at hand.
        </p>
        <p>
          New phone, or lost it? Ask an administrator to reset your two-step sign-in; you can then
          set it up again here.
        </p>
      </section>
    );

  return (
    <section className="two-step" aria-labelledby="screen-title">
      <ScreenHeading>Set up two-step sign-in</ScreenHeading>
      {forced && (
        <p className="notice">
          This clinic asks for two-step sign-in before the inbox opens. It takes a minute, with an
          authenticator app on your phone.
        </p>
      )}
      <p>
        After your password, signing in will ask for a six-digit code from an authenticator app
        (such as Google Authenticator, Microsoft Authenticator or 1Password), so a stolen password
        alone cannot open patient records.
      </p>
      {error && !enrolment && (
        <p className="error-summary" role="alert">
          {error}
        </p>
      )}
      {!enrolment ? (
        <button type="button" className="button primary" onClick={start} disabled={busy}>
          {busy ? 'Please wait…' : 'Start'}
        </button>
      ) : (
        <>
          <ol className="two-step-steps">
            <li>
              <p>Open the authenticator app and add an account.</p>
            </li>
            <li>
              <p>Scan this QR code with it:</p>
              <img
                className="qr-code"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
                alt="QR code for your authenticator app (the key below says the same)"
                width={200}
                height={200}
              />
              <p>
                Or, if you cannot scan it, choose to enter a key and type this one (spaces do not
                matter):
              </p>
              <p>
                <code
                  className="secret-key"
                  aria-label={`Key: ${enrolment.secret.split('').join(' ')}`}
                >
                  {grouped(enrolment.secret)}
                </code>
              </p>
              <p className="hint">Time based, six digits, every 30 seconds (the usual settings).</p>
            </li>
            <li>
              <form onSubmit={confirm} className="code-form" aria-label="Confirm the code">
                <div className="field">
                  <label htmlFor="setup-code">Type the six-digit code the app now shows</label>
                  {error && (
                    <p className="error-summary" role="alert" id="setup-code-error">
                      {error}
                    </p>
                  )}
                  <input
                    {...(error && {
                      'aria-invalid': true,
                      'aria-describedby': 'setup-code-error',
                    })}
                    id="setup-code"
                    name="code"
                    className="text-input code-input"
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    pattern="[0-9 ]*"
                    maxLength={8}
                    required
                  />
                </div>
                <button type="submit" className="button primary" disabled={busy}>
                  {busy ? 'Please wait…' : 'Turn on two-step sign-in'}
                </button>
              </form>
            </li>
          </ol>
        </>
      )}
    </section>
  );
}

function RecoveryCodes({
  email,
  codes,
  onDone,
  forced,
}: {
  email: string;
  codes: string[];
  onDone: () => void;
  forced: boolean;
}) {
  const [copied, setCopied] = useState<string>();
  const copy = () => {
    navigator.clipboard
      .writeText(`${codes.join('\n')}\n`)
      .then(() => setCopied('Copied.'))
      .catch(() => setCopied('Could not copy: select the codes and copy them by hand.'));
  };
  return (
    <section className="two-step recovery" aria-labelledby="screen-title">
      <ScreenHeading>Save your recovery codes</ScreenHeading>
      <p className="print-only">Intake inbox: recovery codes for {email}</p>
      <p className="notice notice-ok">Two-step sign-in is on.</p>
      <p>
        <strong>These codes are shown this once.</strong> Each lets you sign in once without your
        phone, in place of a code. Print them or keep them in a password manager, somewhere only you
        can reach.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="two-step-actions no-print">
        <button type="button" className="button secondary" onClick={copy}>
          Copy codes
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print
        </button>
        <p className="copied" role="status">
          {copied}
        </p>
      </div>
      <button type="button" className="button primary no-print" onClick={onDone}>
        {forced ? 'I have saved them: open the inbox' : 'I have saved them'}
      </button>
    </section>
  );
}
