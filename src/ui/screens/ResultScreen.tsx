import { useEffect, useMemo, useRef } from 'react';
import { completeAnswers } from '../../flows/questionnaire';
import { assess, verdictQuotes } from '../../rules';
import { CrisisSupport } from '../components/CrisisSupport';
import { useResultLocale as useLocale } from '../result/locale';
import { useDraft, useSend } from '../questionnaire-context';
import { CautionCard } from '../result/CautionCard';
import { ClinicQuote } from '../result/ClinicQuote';
import { ExpectationCard, SeekCareBox } from '../result/Expectations';
import { FirstLineCare } from '../result/FirstLineCare';
import { ProcedureCard } from '../result/ProcedureCard';
import { RequestBar, RequestButton, useOutOfView } from '../result/RequestActions';
import { shownParts } from '../result/shown';
import { SourceList } from '../result/SourceList';
import { VerdictSummary } from '../result/VerdictSummary';

// The result, top to bottom (CLINICAL section 5): crisis support when asked for, "a guide, not a
// diagnosis", the verdict in words, the important cautions, the consultation button; then the
// details. An urgent result names no procedure: the patient's next step is a doctor today.

export function ResultScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const answers = useMemo(() => completeAnswers(draft), [draft]);
  const assessment = useMemo(() => (answers ? assess(answers) : undefined), [answers]);
  const articleRef = useRef<HTMLElement>(null);
  const ctaRef = useRef<HTMLDivElement>(null);
  const ctaOutOfView = useOutOfView(ctaRef);

  useEffect(() => {
    // The heading took focus (a new screen): start the screen reader at the top of the result
    // instead, so crisis support and "a clinician decides" are read before the verdict.
    if (document.activeElement?.id === 'screen-title') articleRef.current?.focus();
    // Printing opens the procedures folded under "later".
    const unfold = () => {
      for (const details of articleRef.current?.querySelectorAll('details.later') ?? [])
        (details as HTMLDetailsElement).open = true;
    };
    window.addEventListener('beforeprint', unfold);
    return () => window.removeEventListener('beforeprint', unfold);
  }, []);

  if (answers === undefined || assessment === undefined || assessment.verdict === 'emergency')
    return null;
  const r = t.result;
  const verdict = assessment.verdict;
  const urgent = verdict === 'urgent';
  const conservativeFirst = verdict === 'conservativeFirst';
  const shown = shownParts(assessment);

  const details = (
    <>
      <section aria-labelledby="procedures-heading">
        <h2 id="procedures-heading">{r.proceduresHeading}</h2>
        {shown.procedures.length === 0 && <p>{r.noProcedures}</p>}
        {verdict === 'goodCandidate' && <ClinicQuote passage={verdictQuotes.goodCandidate} />}
        {shown.procedures.map((procedure) => (
          <ProcedureCard
            key={procedure.id}
            answers={answers}
            procedure={procedure}
            showFit={!conservativeFirst}
          />
        ))}
      </section>
      {shown.expectations.length > 0 && (
        <section aria-labelledby="expectations-heading">
          <h2 id="expectations-heading">{r.expectationsHeading}</h2>
          {shown.expectations.map((expectation) => (
            <ExpectationCard key={expectation.id} answers={answers} id={expectation.id} />
          ))}
        </section>
      )}
    </>
  );

  return (
    <article
      className={`result result-${verdict}`}
      ref={articleRef}
      tabIndex={-1}
      aria-labelledby="screen-title"
    >
      {answers.mood.selfHarmThoughts && <CrisisSupport headingLevel={2} />}
      <p className="guide-note">
        <strong>{r.notADiagnosis}</strong>
      </p>
      <VerdictSummary answers={answers} assessment={assessment} verdict={verdict} />

      {shown.important.length > 0 && (
        <section aria-labelledby="important-heading" className="important-cautions">
          <h2 id="important-heading">{r.importantHeading}</h2>
          {shown.important.map((caution) => (
            <CautionCard key={caution.id} answers={answers} caution={caution} />
          ))}
        </section>
      )}

      <div className="request-cta" ref={ctaRef}>
        <RequestButton urgent={urgent} />
        <p className="hint">{r.requestHint}</p>
      </div>
      {!urgent && <p className="disclosure">{r.disclosure}</p>}

      {conservativeFirst && <FirstLineCare mild={assessment.verdictBecause.includes('mild')} />}

      {!urgent &&
        (conservativeFirst ? (
          <details className="later">
            <summary>{r.firstLine.later}</summary>
            <p>{r.firstLine.laterIntro}</p>
            {details}
          </details>
        ) : (
          details
        ))}

      {(shown.others.length > 0 || shown.generalRisks) && (
        <section aria-labelledby="cautions-heading">
          <h2 id="cautions-heading">{r.cautionsHeading}</h2>
          {shown.others.map((caution) => (
            <CautionCard key={caution.id} answers={answers} caution={caution} />
          ))}
          {shown.generalRisks && <CautionCard answers={answers} caution={shown.generalRisks} />}
        </section>
      )}

      <SeekCareBox headaches={answers.locations.includes('head')} />

      <div className="actions result-actions">
        <button type="button" className="button secondary" onClick={() => send({ type: 'BACK' })}>
          {r.changeAnswers}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {r.print}
        </button>
      </div>

      <SourceList cited={shown.cited} />
      <RequestBar shown={ctaOutOfView} urgent={urgent} />
    </article>
  );
}
