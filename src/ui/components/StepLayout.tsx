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
  const part = progress(step, draft);
  return (
    <form
      className="step"
      onSubmit={(event) => {
        void onSubmit(event);
      }}
      noValidate
      aria-labelledby="screen-title"
    >
      <Progress done={part.done} />
      <ScreenHeading caption={t.app.partOf(part.section, part.of, t.app.sections[part.id])}>
        {title}
      </ScreenHeading>
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

/** How far through the questionnaire (0 to 1), as a bar; the words are in the heading's caption. */
export function Progress({ done }: { done: number }) {
  return (
    <div className="progress">
      {/* An attribute, not a style: the page is also sent as HTML, where CSP blocks inline style. */}
      <svg
        className="progress-track"
        aria-hidden="true"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
      >
        <rect className="progress-bar" width={100 * done} height="6" />
      </svg>
    </div>
  );
}

/**
 * The screen's h1, with the part of the questionnaire as its caption (GOV.UK's pattern). It takes
 * focus when the screen appears, so a screen reader says the part and the question once, together,
 * and reads on from there; nothing else on a new screen announces itself.
 */
export function ScreenHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.body.dataset.screenChanged === 'true') ref.current?.focus();
    document.body.dataset.screenChanged = 'true';
  }, []);
  return (
    <h1 id="screen-title" tabIndex={-1} ref={ref}>
      {caption !== undefined && (
        <>
          <span className="caption">{caption}</span>{' '}
        </>
      )}
      {children}
    </h1>
  );
}
