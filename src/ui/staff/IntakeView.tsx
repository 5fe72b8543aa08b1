import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { rulesetVersion, severities } from '../../rules';
import { ScreenHeading } from '../components/StepLayout';
import { answerRows } from './answers';
import { staffFetch, statuses, type IntakeDetail, type Status } from './api';
import {
  catalogue as t,
  formatTime,
  labelOr,
  statusLabel,
  verdictLabel,
  verdictReasonLabel,
} from './labels';

const cautionTitles: Partial<Record<string, string>> = Object.fromEntries(
  Object.entries(t.result.cautions).map(([id, caution]) => [id, caution.title]),
);

/** One intake: the clinician's summary first, then every answer, the contact, status and notes. */
export function IntakeView({ id, isAdmin = false }: { id: string; isAdmin?: boolean }) {
  const queryClient = useQueryClient();
  const intake = useQuery({
    queryKey: ['intake', id],
    queryFn: () => staffFetch<IntakeDetail>(`/api/staff/intakes/${id}`),
  });
  const update = useMutation({
    mutationFn: (patch: { status?: Status; note?: string }) =>
      staffFetch(`/api/staff/intakes/${id}`, { method: 'PATCH', body: JSON.stringify(patch) }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['intake', id] }),
        queryClient.invalidateQueries({ queryKey: ['intakes'] }),
      ]),
  });
  const [note, setNote] = useState('');

  if (intake.isPending) return <p>Loading…</p>;
  if (intake.isError) {
    return (
      <p className="error-summary" role="alert">
        {intake.error.message}
      </p>
    );
  }
  const i = intake.data;
  const a = i.assessment;
  const c = i.contact;
  const saveNote = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim() === '') return;
    update.mutate({ note }, { onSuccess: () => setNote('') });
  };

  return (
    <article className="intake" aria-labelledby="screen-title">
      <p className="back-link">
        <a href="#/">← All intakes</a>
      </p>
      <ScreenHeading>
        {c.firstName} {c.lastName} <span className="row-ref">{i.reference}</span>
      </ScreenHeading>
      <p className="meta">
        Received {formatTime(i.createdAt)} · language {i.locale === 'es' ? 'Spanish' : 'English'} ·
        ruleset {i.rulesetVersion}
      </p>

      <section className={`card summary verdict-${i.verdict}`} aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        {i.rulesetVersion !== rulesetVersion && (
          <p className="ruleset-note">
            Received under ruleset {i.rulesetVersion} (answers version {i.answers.version}): shown
            as it was assessed then, never re-assessed.
          </p>
        )}
        <p>
          <span className={`badge badge-${i.verdict}`}>{verdictLabel[i.verdict]}</span>
        </p>
        {i.rulesetVersion === rulesetVersion && (
          <>
            <p>
              <strong>Because:</strong>{' '}
              {i.assessment.verdictBecause.map((reason) => verdictReasonLabel[reason]).join('; ')}
            </p>
            {i.assessment.moodScreen.selfHarmThoughts && (
              <p className="self-harm">
                Thoughts of being better off dead or of self-harm in the past 2 weeks: yes
              </p>
            )}
            <p>
              <strong>Mood screen:</strong> PHQ-2 {i.assessment.moodScreen.phq2} of 6, GAD-2{' '}
              {i.assessment.moodScreen.gad2} of 6 —{' '}
              {i.assessment.moodScreen.positive ? 'positive (3 or more)' : 'negative'}
            </p>
          </>
        )}
        {a.redFlags.length > 0 && (
          <>
            <h3>Red flags</h3>
            <ul>
              {a.redFlags.map((flag) => (
                <li key={flag.id}>
                  <strong>{flag.level}:</strong> {labelOr(t.steps.redFlags.options, flag.id)}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Procedures</h3>
        {a.procedures.length === 0 ? (
          <p>None matched.</p>
        ) : (
          <ul>
            {a.procedures.map((p) => (
              <li key={p.id}>
                {t.result.procedures[p.id].name} —{' '}
                <strong>{t.result.fit[p.fit].toLowerCase()}</strong>
              </li>
            ))}
          </ul>
        )}
        <h3>Cautions</h3>
        <ul>
          {severities.flatMap((severity) =>
            a.cautions
              .filter((caution) => caution.severity === severity)
              .map((caution) => (
                <li key={caution.id}>
                  <strong>{t.result.severity[severity]}:</strong>{' '}
                  {labelOr(cautionTitles, caution.id)}
                </li>
              )),
          )}
        </ul>
      </section>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers</h2>
        <dl className="answers">
          {answerRows(t, i.answers).map(({ path, name, value }) => (
            <div key={path} className="review-row">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">Contact</h2>
        <dl className="answers">
          <div className="review-row">
            <dt>Date of birth</dt>
            <dd>{c.dateOfBirth}</dd>
          </div>
          <div className="review-row">
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
            </dd>
          </div>
          {c.email && (
            <div className="review-row">
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </dd>
            </div>
          )}
          <div className="review-row">
            <dt>Prefers</dt>
            <dd>
              {t.request.preferredContact.options[c.preferredContact]},{' '}
              {t.request.bestTime.options[c.bestTime].toLowerCase()}
            </dd>
          </div>
          {c.message && (
            <div className="review-row">
              <dt>Message</dt>
              <dd className="message">{c.message}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="status-heading" className="status-section">
        <h2 id="status-heading">Status and notes</h2>
        <div className="field">
          <label htmlFor="intake-status">Status</label>
          <select
            id="intake-status"
            className="text-input"
            value={i.status}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ status: event.target.value as Status })}
          >
            {statuses.map((status) => (
              <option key={status} value={status}>
                {statusLabel[status]}
              </option>
            ))}
          </select>
        </div>
        {update.isError && (
          <p className="error-summary" role="alert">
            {update.error.message}
          </p>
        )}
        <ol className="notes">
          {i.notes.map((n) => (
            <li key={n.id}>
              <p className="note-meta">
                {n.author} · <time dateTime={n.createdAt}>{formatTime(n.createdAt)}</time>
              </p>
              <p className="message">{n.body}</p>
            </li>
          ))}
        </ol>
        <form onSubmit={saveNote} className="note-form">
          <div className="field">
            <label htmlFor="note">Add a note</label>
            <textarea
              id="note"
              className="text-input"
              rows={3}
              maxLength={5000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button primary"
            disabled={update.isPending || note.trim() === ''}
          >
            Save note
          </button>
        </form>
      </section>

      <div className="actions intake-actions">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print
        </button>
        <a
          className="button secondary"
          href={`/api/staff/intakes/${i.id}/fhir`}
          download={`${i.reference}.fhir.json`}
        >
          Download FHIR (QuestionnaireResponse)
        </a>
        {isAdmin && (
          <a className="button secondary" href={`#/audit?intake=${i.id}`}>
            Who saw this intake
          </a>
        )}
      </div>
    </article>
  );
}
