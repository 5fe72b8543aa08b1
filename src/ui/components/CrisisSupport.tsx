import { useLocale } from '../i18n/locale';

// Crisis support (CLINICAL section 5, source P2): shown at once when the patient answers "yes" to
// the self-harm question, and again above the verdict. Tap to call or text 988 (with its Spanish
// option), 911 in danger now, and a plain statement that this form is not watched around the
// clock. It never blocks: the patient may go on.

export function CrisisSupport({
  headingLevel = 2,
  duringCheck = false,
}: {
  headingLevel?: 2 | 3;
  /** At the mood step: say the patient may go on with the check. */
  duringCheck?: boolean;
}) {
  const { t } = useLocale();
  const c = t.crisis;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="crisis" aria-labelledby="crisis-heading">
      <Heading id="crisis-heading">{c.title}</Heading>
      <p>{c.body}</p>
      <div className="crisis-actions">
        <a className="button call crisis-call" href="tel:988">
          {c.call}
        </a>
        <a className="button secondary crisis-text" href="sms:988">
          {c.text}
        </a>
        {/* 988's Spanish text line: the word AYUDA, already typed. */}
        <a className="button secondary crisis-text-es" href="sms:988?&body=AYUDA" lang="es">
          {c.textSpanish}
        </a>
      </div>
      <p>{c.spanish}</p>
      <p>
        <strong>{c.danger}</strong>{' '}
        <a href="tel:911" className="crisis-911">
          {c.call911}
        </a>
      </p>
      <p className="crisis-not-watched">{c.notWatched}</p>
      {duringCheck && <p>{c.keepGoing}</p>}
    </section>
  );
}
