import { useMemo } from 'react';
import { completeAnswers } from '../../flows/questionnaire';
import {
  assess,
  cautionQuotes,
  clinicArticle,
  expectationQuotes,
  generalRiskQuotes,
  procedureQuotes,
  severities,
  sources,
  type Answers,
  type Assessment,
  type Reason,
  type SourceId,
} from '../../rules';
import { describeAnswer } from '../answer-text';
import { ScreenHeading } from '../components/StepLayout';
import type { Catalogue } from '../i18n/catalogue';
import { useLocale } from '../i18n/locale';
import { useDraft, useSend } from '../questionnaire-context';

/** Reasons grouped by answer, each with the sources that back it. */
function groupReasons(reasons: readonly Reason[]): { answer: string; sources: SourceId[] }[] {
  const groups = new Map<string, SourceId[]>();
  for (const { answer, source } of reasons)
    groups.set(answer, [...(groups.get(answer) ?? []), source]);
  return [...groups].map(([answer, cited]) => ({ answer, sources: cited }));
}

function citedSources(assessment: Assessment): SourceId[] {
  const cited = new Set<SourceId>(['S0']);
  for (const item of [
    ...assessment.procedures,
    ...assessment.cautions,
    ...assessment.expectations,
  ]) {
    for (const reason of item.reasons) cited.add(reason.source);
  }
  return Object.keys(sources).filter((id): id is SourceId => cited.has(id as SourceId));
}

function Reasons({
  t,
  answers,
  reasons,
}: {
  t: Catalogue;
  answers: Answers;
  reasons: readonly Reason[];
}) {
  return (
    <ul className="reasons">
      {groupReasons(reasons).map(({ answer, sources: cited }) => {
        const { name, value } = describeAnswer(t, answers, answer);
        return (
          <li key={answer}>
            {name}: <strong>{value}</strong>{' '}
            <span className="source-ids">({cited.join(', ')})</span>
          </li>
        );
      })}
    </ul>
  );
}

function Quote({ text, label }: { text: string; label: string }) {
  return (
    <figure className="quote">
      <blockquote lang="en">{text}</blockquote>
      <figcaption>{label} (S0)</figcaption>
    </figure>
  );
}

export function ResultScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const answers = useMemo(() => completeAnswers(draft), [draft]);
  const assessment = useMemo(() => (answers ? assess(answers) : undefined), [answers]);
  if (answers === undefined || assessment === undefined || assessment.verdict === 'emergency')
    return null;
  const r = t.result;
  const verdict = r.verdicts[assessment.verdict];

  return (
    <article className="result">
      <p className="eyebrow">{r.title}</p>
      <div className={`verdict verdict-${assessment.verdict}`}>
        <ScreenHeading>{verdict.title}</ScreenHeading>
        <p>{verdict.body}</p>
        {assessment.redFlags.length > 0 && (
          <>
            <p>{r.urgentFlags}</p>
            <ul>
              {assessment.redFlags.map((flag) => (
                <li key={flag.id}>{t.steps.redFlags.options[flag.id]}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <section aria-labelledby="procedures-heading">
        <h2 id="procedures-heading">{r.proceduresHeading}</h2>
        {assessment.procedures.length === 0 && <p>{r.noProcedures}</p>}
        {assessment.procedures.map((procedure) => (
          <section
            key={procedure.id}
            className="card procedure"
            aria-labelledby={`procedure-${procedure.id}`}
          >
            <h3 id={`procedure-${procedure.id}`}>
              {r.procedures[procedure.id].name}{' '}
              <span className={`fit fit-${procedure.fit}`}>{r.fit[procedure.fit]}</span>
            </h3>
            <p>{r.procedures[procedure.id].what}</p>
            <Quote text={clinicArticle[procedureQuotes[procedure.id]]} label={r.clinicSays} />
            <h4>{r.why}</h4>
            <Reasons t={t} answers={answers} reasons={procedure.reasons} />
          </section>
        ))}
      </section>

      <section aria-labelledby="expectations-heading">
        <h2 id="expectations-heading">{r.expectationsHeading}</h2>
        {assessment.expectations.map((expectation) => {
          const quote = (expectationQuotes as Partial<Record<string, keyof typeof clinicArticle>>)[
            expectation.id
          ];
          return (
            <div key={expectation.id} className="card">
              <h3>{r.expectations[expectation.id].title}</h3>
              <p>{r.expectations[expectation.id].body}</p>
              {quote !== undefined && <Quote text={clinicArticle[quote]} label={r.clinicSays} />}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="cautions-heading">
        <h2 id="cautions-heading">{r.cautionsHeading}</h2>
        {severities.map((severity) => {
          const cautions = assessment.cautions.filter(
            (c) => c.severity === severity && c.id !== 'generalRisks',
          );
          if (cautions.length === 0) return null;
          return (
            <div key={severity} className={`severity severity-${severity}`}>
              <h3>{r.severity[severity]}</h3>
              {cautions.map((caution) => {
                const quote = (
                  cautionQuotes as Partial<Record<string, keyof typeof clinicArticle>>
                )[caution.id];
                return (
                  <div key={caution.id} className={`card caution caution-${severity}`}>
                    <h4 className="caution-title">{r.cautions[caution.id].title}</h4>
                    <p>{r.cautions[caution.id].body}</p>
                    {caution.id === 'allergy' && (
                      <Reasons t={t} answers={answers} reasons={caution.reasons} />
                    )}
                    {quote !== undefined && (
                      <Quote text={clinicArticle[quote]} label={r.clinicSays} />
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
        <div className="card caution caution-info">
          <h3 className="caution-title">{r.cautions.generalRisks.title}</h3>
          <p>{r.cautions.generalRisks.body}</p>
          <h4>{r.generalRisksHeading}</h4>
          <ul className="quotes" lang="en">
            {generalRiskQuotes.map((key) => (
              <li key={key}>{clinicArticle[key]}</li>
            ))}
          </ul>
        </div>
      </section>

      <p className="not-a-diagnosis">
        <strong>{r.notADiagnosis}</strong>
      </p>

      <div className="actions result-actions">
        <button type="button" className="button secondary" onClick={() => send({ type: 'BACK' })}>
          {r.changeAnswers}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {r.print}
        </button>
        <button type="button" className="button primary" onClick={() => send({ type: 'REQUEST' })}>
          {assessment.verdict === 'urgent' ? r.requestUrgent : r.request}
        </button>
      </div>

      <section aria-labelledby="sources-heading" className="sources">
        <h2 id="sources-heading">{r.sourcesHeading}</h2>
        <ul>
          {citedSources(assessment).map((id) => {
            const source = sources[id];
            return (
              <li key={id} id={`source-${id}`}>
                <span className="source-id">{id}</span>{' '}
                {source.url === null || source.url === 'clinic article' ? (
                  source.title
                ) : (
                  <a href={source.url} rel="noreferrer" target="_blank">
                    {source.title}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
