import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { bestTimeWords, preferredContactWords } from '../../api/clinical-summary';
import { rulesetVersion, severities } from '../../rules';
import { ScreenHeading } from '../components/StepLayout';
import { answerRows } from './answers';
import {
  ApiFailure,
  staffFetch,
  statuses,
  type IntakeDetail,
  type IntakePatch,
  type Status,
} from './api';
import {
  catalogue as t,
  formatTime,
  severityLabel,
  statusLabel,
  telHref,
  verdictLabel,
  warningLevelLabel,
} from './labels';

// One intake, in the order a clinician triages it: who and how to reach them beside the status,
// the same-day call if one is needed, the clinician's summary (urgency, pattern, what was tried,
// what to watch), then the patient's own message, every answer and the notes.

export function IntakeView({ id, isAdmin = false }: { id: string; isAdmin?: boolean }) {
  const intake = useQuery({
    queryKey: ['intake', id],
    queryFn: () => staffFetch<IntakeDetail>(`/api/staff/intakes/${id}`),
  });

  if (intake.isPending) return <p>Loading…</p>;
  if (intake.isError) {
    return (
      <p className="error-summary" role="alert">
        {intake.error.message}
      </p>
    );
  }
  const i = intake.data;
  const c = i.contact;

  return (
    <article className="intake" aria-labelledby="screen-title">
      <div className="intake-top">
        <div className="intake-title">
          <p className="back-link">
            <a href="#/">← All intakes</a>
          </p>
          <ScreenHeading>
            {c.firstName} {c.lastName} <span className="row-ref">{i.reference}</span>
          </ScreenHeading>
          <p className="meta">
            Received {formatTime(i.createdAt)} · language{' '}
            {i.locale === 'es' ? 'Spanish' : 'English'} · ruleset {i.rulesetVersion}
          </p>
        </div>
        {i.sameDayCall && (
          <section className="callout same-day" aria-labelledby="same-day-heading">
            <h2 id="same-day-heading">Same-day call: thoughts of self-harm</h2>
            <p>
              Thoughts of being better off dead or of self-harm in the past 2 weeks: a clinician
              should call <strong>the same business day</strong>. Close the intake only after a note
              marked as the outreach record.{' '}
              <strong>
                {i.outreachRecorded ? 'Outreach recorded.' : 'No outreach record yet.'}
              </strong>
            </p>
          </section>
        )}
        <div className="intake-side">
          <StatusControl intake={i} />
          <section className="contact" aria-labelledby="contact-heading">
            <h2 id="contact-heading">Contact</h2>
            <dl className="facts">
              <div>
                <dt>Phone</dt>
                <dd>
                  <a href={telHref(c.phone)}>{c.phone}</a>
                </dd>
              </div>
              {c.email && (
                <div>
                  <dt>Email</dt>
                  <dd>
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </dd>
                </div>
              )}
              <div>
                <dt>Prefers</dt>
                <dd>
                  {preferredContactWords[c.preferredContact]}, {bestTimeWords[c.bestTime]}
                </dd>
              </div>
              <div>
                <dt>Born</dt>
                <dd>{c.dateOfBirth}</dd>
              </div>
            </dl>
          </section>
        </div>
      </div>

      <ClinicalSummaryCard intake={i} />

      {c.message && (
        <section aria-labelledby="message-heading">
          <h2 id="message-heading">The patient&apos;s message</h2>
          <p className="message patient-message">{c.message}</p>
        </section>
      )}

      <section aria-labelledby="answers-heading" className="answers-section">
        <h2 id="answers-heading">Answers</h2>
        <details open>
          <summary>Every answer, as the patient gave it</summary>
          <dl className="answers">
            {answerRows(t, i.answers).map(({ path, name, value }) => (
              <div key={path} className="review-row">
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <Notes intake={i} />

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

/** Sends a change and, once written, refreshes this intake and the list before resolving. */
function useIntakeChange(id: string) {
  const queryClient = useQueryClient();
  return (patch: IntakePatch) =>
    staffFetch(`/api/staff/intakes/${id}`, {
      method: 'PATCH',
      body: JSON.stringify(patch),
    }).then(() =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['intake', id] }),
        queryClient.invalidateQueries({ queryKey: ['intakes'] }),
      ]),
    );
}

/**
 * The status select shows the choice while it is saved, then what the server holds: a refused
 * change (closing a same-day call without its outreach record) snaps back. It is never disabled,
 * so it keeps the keyboard focus.
 */
function StatusControl({ intake }: { intake: IntakeDetail }) {
  const send = useIntakeChange(intake.id);
  const [saved, setSaved] = useState('');
  const change = useMutation({
    mutationFn: (status: Status) => send({ status }),
    onMutate: () => setSaved(''),
    onSuccess: (_, status) => setSaved(`Status saved: ${statusLabel[status]}`),
  });
  const shown = change.isPending ? change.variables : intake.status;
  return (
    <div className="status-control">
      <div className="field">
        <label htmlFor="intake-status">Status</label>
        <select
          id="intake-status"
          className="text-input"
          value={shown}
          aria-describedby="status-feedback"
          onChange={(event) => change.mutate(event.target.value as Status)}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel[status]}
            </option>
          ))}
        </select>
        <p className="print-only">{statusLabel[intake.status]}</p>
      </div>
      <p id="status-feedback" className="saved" role="status">
        {change.isPending ? 'Saving…' : saved}
      </p>
      {change.isError && !(outreachRefusal(change.error) && intake.outreachRecorded) && (
        <p className="error-summary" role="alert">
          {change.error.message}
        </p>
      )}
    </div>
  );
}

/** A close refused for want of an outreach record: moot once the record exists. */
const outreachRefusal = (error: Error) =>
  error instanceof ApiFailure && error.code === 'outreach_required';

function ClinicalSummaryCard({ intake: i }: { intake: IntakeDetail }) {
  const s = i.summary;
  return (
    <section className={`card summary verdict-${i.verdict}`} aria-labelledby="summary-heading">
      <div className="summary-head">
        <h2 id="summary-heading">Summary</h2>
        <p className="summary-line">{s.line}</p>
      </div>
      {i.rulesetVersion !== rulesetVersion && (
        <p className="ruleset-note">
          Received under ruleset {i.rulesetVersion} (answers version {i.answers.version}): shown as
          it was assessed then, never re-assessed.
        </p>
      )}
      <div className="summary-columns">
        <div>
          <h3>Verdict</h3>
          <p>
            <span className={`badge badge-${i.verdict}`}>{verdictLabel[i.verdict]}</span>
            {s.because.length > 0 && <> because {s.because.join('; ')}</>}
          </p>
          <h3>Warning signs</h3>
          {s.warningSigns.length === 0 ? (
            <p>None</p>
          ) : (
            <ul className="warning-signs">
              {s.warningSigns.map((sign) => (
                <li key={sign.text}>
                  <strong>{warningLevelLabel[sign.level]}:</strong> {sign.text}
                </li>
              ))}
            </ul>
          )}
          <h3>Mood</h3>
          <p className={s.sameDayCall ? 'mood-alert' : undefined}>{s.mood}</p>
          <h3>Cautions</h3>
          {s.cautions.length === 0 ? (
            <p>None</p>
          ) : (
            <ul>
              {severities.flatMap((severity) =>
                s.cautions
                  .filter((caution) => caution.severity === severity)
                  .map((caution) => (
                    <li key={caution.id}>
                      <strong>{severityLabel[severity]}:</strong> {caution.text}
                    </li>
                  )),
              )}
            </ul>
          )}
        </div>
        <div>
          <h3>Procedures</h3>
          {s.procedures.length === 0 ? (
            <p>None matched.</p>
          ) : (
            <ul>
              {s.procedures.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong> ({p.fit}){p.why.length > 0 && <>: {p.why.join('; ')}</>}
                </li>
              ))}
            </ul>
          )}
          <h3>Background</h3>
          <dl className="facts background">
            {s.background.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}

function Notes({ intake: i }: { intake: IntakeDetail }) {
  const send = useIntakeChange(i.id);
  const [note, setNote] = useState('');
  const [outreach, setOutreach] = useState(false);
  const [saved, setSaved] = useState('');
  const [empty, setEmpty] = useState(false);
  const add = useMutation({
    mutationFn: (patch: { note: string; outreach: boolean }) => send(patch),
    onMutate: () => setSaved(''),
    onSuccess: (_, patch) => {
      setNote('');
      setOutreach(false);
      setSaved(patch.outreach ? 'Outreach record saved' : 'Note saved');
    },
  });
  const saveNote = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEmpty(note.trim() === '');
    if (note.trim() === '' || add.isPending) return;
    add.mutate({ note, outreach: i.sameDayCall && outreach });
  };
  return (
    <section aria-labelledby="notes-heading" className="notes-section">
      <h2 id="notes-heading">Notes</h2>
      {i.notes.length === 0 ? (
        <p className="meta">No notes yet.</p>
      ) : (
        <ol className="notes">
          {i.notes.map((n) => (
            <li key={n.id} className={n.outreach ? 'outreach-note' : undefined}>
              <p className="note-meta">
                {n.outreach && <span className="badge badge-outreach">Outreach record</span>}{' '}
                {n.author} · <time dateTime={n.createdAt}>{formatTime(n.createdAt)}</time>
              </p>
              <p className="message">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
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
        {i.sameDayCall && (
          <div className="checkbox-field">
            <input
              id="note-outreach"
              type="checkbox"
              checked={outreach}
              onChange={(event) => setOutreach(event.target.checked)}
            />
            <label htmlFor="note-outreach">This note records the outreach call</label>
          </div>
        )}
        <button type="submit" className="button primary">
          {add.isPending ? 'Saving…' : 'Save note'}
        </button>
        <p className="saved" role="status">
          {saved}
        </p>
        {(empty || add.isError) && (
          <p className="error-summary" role="alert">
            {empty ? 'Write the note before saving it.' : add.error?.message}
          </p>
        )}
      </form>
    </section>
  );
}
