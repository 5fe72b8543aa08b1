import { Fragment } from 'react';
import type { Answers, Assessment } from '../../rules';
import { ScreenHeading } from '../components/StepLayout';
import type { ResultVerdictReason } from '../i18n/result-catalogue';
import { useResultLocale as useLocale } from './locale';
import { verdictFacts } from './answers-in-words';

type ResultVerdict = Exclude<Assessment['verdict'], 'emergency'>;

/**
 * The verdict in words: a title, then one sentence per reason the rules give, repeating the
 * patient's answers. Where the answers match procedures, they are named with a plain gloss.
 */
export function VerdictSummary({
  answers,
  assessment,
  verdict,
}: {
  answers: Answers;
  assessment: Assessment;
  verdict: ResultVerdict;
}) {
  const { t, locale } = useLocale();
  const r = t.result;
  const facts = verdictFacts(t, locale, answers);
  const reasons = assessment.verdictBecause.filter(
    (reason): reason is ResultVerdictReason =>
      reason !== 'emergencyFlag' &&
      reason !== 'infectionRisk' &&
      // "Nothing tried yet" already says that exercise and physical therapy come first.
      !(reason === 'noActiveTherapy' && assessment.verdictBecause.includes('nothingTried')),
  );
  const matched = (reason: ResultVerdictReason) =>
    reason === 'strongMatch'
      ? assessment.procedures.filter((p) => p.fit === 'strong')
      : reason === 'noStrongMatch'
        ? assessment.procedures
        : [];
  return (
    <div className={`verdict verdict-${verdict}`}>
      <ScreenHeading>{r.verdicts[verdict].title}</ScreenHeading>
      {reasons.map((reason) => (
        <Fragment key={reason}>
          <p>{r.because[reason](facts)}</p>
          {reason === 'urgentFlag' && (
            <>
              <p>{r.urgent.flagsIntro}</p>
              <ul className="flags">
                {assessment.redFlags
                  .filter((flag) => flag.level === 'urgent')
                  .map((flag) => (
                    <li key={flag.id}>{r.urgent.flags[flag.id as keyof typeof r.urgent.flags]}</li>
                  ))}
              </ul>
              <h2 className="urgent-advice-heading">{r.urgent.adviceHeading}</h2>
              <ul className="urgent-advice">
                {r.urgent.advice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {matched(reason).length > 0 && (
            <ul className="matched">
              {matched(reason).map((procedure) => (
                <li key={procedure.id}>
                  <a href={`#about-${procedure.id}`}>{r.procedures[procedure.id].name}</a>:{' '}
                  {r.procedures[procedure.id].short}
                </li>
              ))}
            </ul>
          )}
        </Fragment>
      ))}
    </div>
  );
}
