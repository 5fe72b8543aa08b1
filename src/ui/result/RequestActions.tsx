import { useEffect, useState, type RefObject } from 'react';
import { useResultLocale as useLocale } from './locale';
import { useSend } from '../questionnaire-context';

/** The consultation button, right under the verdict, with what happens when it is pressed. */
export function RequestButton({ urgent }: { urgent: boolean }) {
  const { t } = useLocale();
  const send = useSend();
  return (
    <button
      type="button"
      className="button primary request-button"
      onClick={() => send({ type: 'REQUEST' })}
    >
      {urgent ? t.result.requestUrgent : t.result.request}
    </button>
  );
}

/** True while the element is not wholly in the viewport (never in a browser without the observer). */
export function useOutOfView(ref: RefObject<HTMLElement | null>): boolean {
  const [out, setOut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    // A button cut by the bottom edge counts as out of view: the bar shows it whole.
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setOut(entry.intersectionRatio < 0.99);
      },
      { threshold: [0, 0.99] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return out;
}

/**
 * On phones, the same button in a bar at the bottom while the one under the verdict is out of
 * view. It comes last in the page, so the keyboard reaches it after the details; the page keeps
 * room below its content and scroll padding for focus, so the bar covers neither.
 */
export function RequestBar({ shown, urgent }: { shown: boolean; urgent: boolean }) {
  const { t } = useLocale();
  return (
    <div className="request-bar" role="region" aria-label={t.result.stickyLabel} hidden={!shown}>
      <RequestButton urgent={urgent} />
    </div>
  );
}
