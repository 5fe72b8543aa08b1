import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocale } from '../i18n/locale';

// The GOV.UK error summary: after a submit that fails, a box at the top of the form takes focus and
// lists each error as a link to its field. Each field reports its own error (the same words it shows
// beside itself) to the summary around it, so the list never drifts from what the fields say.

/** One error of the summary: the id of its field (an input, or a group's fieldset) and its words. */
export interface ErrorEntry {
  id: string;
  message: string;
  /** The question, for a message that does not name it ("Please choose one answer."). */
  question?: string | undefined;
}

type Report = (entry: ErrorEntry, shown: boolean) => void;

const ReportContext = createContext<Report | undefined>(undefined);

/** Lists this field's error in the summary around it while the error shows; no summary, no-op. */
export function useErrorSummaryEntry(
  id: string,
  message: string | undefined,
  question?: string,
): void {
  const report = useContext(ReportContext);
  useLayoutEffect(() => {
    if (report === undefined || message === undefined) return;
    const entry = { id, message, question };
    report(entry, true);
    return () => report(entry, false);
  }, [report, id, message, question]);
}

/** Errors in the order their fields come on the page. */
function inPageOrder(entries: ErrorEntry[]): ErrorEntry[] {
  const position = (entry: ErrorEntry) => document.getElementById(entry.id);
  return [...entries].sort((a, b) => {
    const [x, y] = [position(a), position(b)];
    if (!x || !y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * Moves focus to a field from its id: the input itself, or for a group of radios or checkboxes its
 * checked input, else its first. Scrolled so that the label or question shows above it, as GOV.UK
 * does, unless the question is too far above for both to fit.
 */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const group = target instanceof HTMLFieldSetElement ? target : undefined;
  const input = group
    ? (group.querySelector<HTMLElement>('input:checked') ??
      group.querySelector<HTMLElement>('input'))
    : target;
  if (!input) return;
  const legend = group?.querySelector('legend') ?? undefined;
  const label =
    input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement
      ? input.labels?.[0]
      : undefined;
  // A legend hidden from sight (one lone checkbox's) is no place to scroll to.
  const legendShows =
    legend !== undefined &&
    legend.getBoundingClientRect().height > 1 &&
    input.getBoundingClientRect().bottom - legend.getBoundingClientRect().top <
      window.innerHeight / 2;
  (legendShows ? legend : (label ?? input)).scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}

interface ErrorSummaryProps {
  /** How many times the form was submitted: the summary takes focus after each one that fails. */
  submitCount: number;
  /** The fields whose errors it lists. */
  children: ReactNode;
}

/** "There is a problem", with a link to each field in error; shown only while there is one. */
export function ErrorSummary({ submitCount, children }: ErrorSummaryProps) {
  const { t } = useLocale();
  const [entries, setEntries] = useState<ErrorEntry[]>([]);
  const report = useCallback<Report>(
    (entry, shown) =>
      setEntries((list) => {
        const others = list.filter((e) => e.id !== entry.id);
        if (shown) return inPageOrder([...others, entry]);
        return list.includes(entry) ? others : list;
      }),
    [],
  );
  const box = useRef<HTMLDivElement>(null);
  const focusedAfter = useRef(0);
  // Before paint, in the same commit as the errors, so that nothing else takes focus first.
  useLayoutEffect(() => {
    if (submitCount > focusedAfter.current && entries.length > 0) {
      focusedAfter.current = submitCount;
      box.current?.focus();
    }
  }, [submitCount, entries]);
  return (
    <>
      {entries.length > 0 && (
        // Focused, not an alert: read once, as the patient lands on it (GOV.UK's error summary).
        <div className="error-summary" ref={box} tabIndex={-1}>
          <h2 className="error-summary-title">{t.app.errorSummaryTitle}</h2>
          <ul className="error-summary-list">
            {entries.map(({ id, message, question }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(id);
                  }}
                >
                  {question !== undefined && (
                    <>
                      <span className="error-summary-question">{question}</span>{' '}
                    </>
                  )}
                  <span>{message}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ReportContext value={report}>{children}</ReportContext>
    </>
  );
}
