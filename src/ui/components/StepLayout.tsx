import { useEffect, useRef, type SubmitEvent, type ReactNode } from 'react';
import { progress, type StepId } from '../../flows/steps';
import { useLocale } from '../i18n/locale';
import { useDraft, useSend } from '../questionnaire-context';
import { ErrorSummary } from './ErrorSummary';

interface StepLayoutProps {
  step: StepId;
  title: string;
  intro?: string;
  /** How many times the form was submitted: after each that fails, the error summary takes focus. */
  attempts: number;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}

/** One question step: progress, a focused heading, the fields, and Back / Next. */
export function StepLayout({ step, title, intro, attempts, onSubmit, children }: StepLayoutProps) {
  const { t } = useLocale();
  const send = useSend();
  const draft = useDraft();
  const { step: at, of } = progress(step, draft);
  return (
    <form
      className="step"
      onSubmit={(event) => {
        void onSubmit(event);
      }}
      noValidate
      aria-labelledby="screen-title"
    >
      <Progress at={at} of={of} label={t.app.stepOf(at, of)} />
      <ScreenHeading>{title}</ScreenHeading>
      {intro !== undefined && <p className="intro">{intro}</p>}
      <ErrorSummary submitCount={attempts}>{children}</ErrorSummary>
      <div className="actions">
        {step !== 'age' && (
          <button type="button" className="button secondary" onClick={() => send({ type: 'BACK' })}>
            {t.app.back}
          </button>
        )}
        <button type="submit" className="button primary">
          {t.app.next}
        </button>
      </div>
    </form>
  );
}

export function Progress({ at, of, label }: { at: number; of: number; label: string }) {
  return (
    <div className="progress">
      <p aria-live="polite" className="progress-label">
        {label}
      </p>
      {/* An attribute, not a style: the page is also sent as HTML, where CSP blocks inline style. */}
      <svg
        className="progress-track"
        aria-hidden="true"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
      >
        <rect className="progress-bar" width={(100 * at) / of} height="6" />
      </svg>
    </div>
  );
}

/** The screen's h1; it takes focus when the screen appears, so screen readers start there. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.body.dataset.screenChanged === 'true') ref.current?.focus();
    document.body.dataset.screenChanged = 'true';
  }, []);
  return (
    <h1 id="screen-title" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
