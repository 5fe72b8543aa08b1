import { useQuery } from '@tanstack/react-query';
import { ScreenHeading } from '../components/StepLayout';
import { staffFetch, type AuditedIntake, type AuditItem } from './api';
import { formatTime } from './labels';

// The audit log as an access review reads it: who did what, to which intakes (by reference), when
// and from where. The newest 100 entries, or every entry that touched one intake.

const actionLabel: Record<string, string> = {
  login: 'Signed in',
  loginFailed: 'Sign-in failed',
  loginLocked: 'Sign-in refused: too many failures for this email',
  loginThrottled: 'Sign-in refused: too many failures from this address',
  logout: 'Signed out',
  setupAdmin: 'Created the first administrator and signed in',
  listIntakes: 'Viewed the intake list',
  viewIntake: 'Opened an intake',
  changeStatus: 'Changed the status',
  addNote: 'Added a note',
  exportCsv: 'Exported a CSV file',
  exportFhir: 'Exported a FHIR record',
  viewAudit: 'Read the audit log',
  addStaff: 'Added a staff account',
  resetPassword: 'Reset a password',
  disableStaff: 'Disabled a staff account',
  viewDeliveries: 'Viewed the notifications',
  retryDelivery: 'Retried a notification',
  purgeIntakes: 'Removed intakes closed longer than the retention period',
  enrolMfa: 'Set up two-step sign-in',
  useRecoveryCode: 'Signed in with a recovery code',
  resetMfa: 'Reset two-step sign-in',
};

/** Filters as the server writes them (`status=new verdict=all search`), in words. */
function filtersInWords(detail: string): string {
  const words = detail
    .split(/[ ;]+/)
    .filter((part) => part !== '' && !part.endsWith('=all'))
    .map((part) =>
      part === 'search'
        ? 'a name or reference search'
        : /^\d+$/.test(part) || part === 'intakes'
          ? ''
          : part.replace('=', ': '),
    )
    .filter(Boolean);
  return words.length > 0 ? `filtered by ${words.join(', ')}` : 'no filter';
}

function IntakeLink({ intake }: { intake: AuditedIntake }) {
  return intake.reference ? (
    <a href={`#/intake/${intake.id}`}>{intake.reference}</a>
  ) : (
    <span title={intake.id}>(removed)</span>
  );
}

function Intakes({ item }: { item: AuditItem }) {
  if (item.intake) return <IntakeLink intake={item.intake} />;
  if (item.intakes.length === 0) return <>—</>;
  const first = item.intakes.slice(0, 6);
  const rest = item.intakes.slice(6);
  const list = (intakes: AuditedIntake[]) =>
    intakes.map((intake, i) => (
      <span key={intake.id}>
        {i > 0 && ', '}
        <IntakeLink intake={intake} />
      </span>
    ));
  return (
    <>
      {item.intakes.length} shown: {list(first)}
      {rest.length > 0 && (
        <details>
          <summary>and {rest.length} more</summary>
          {list(rest)}
        </details>
      )}
    </>
  );
}

function What({ item }: { item: AuditItem }) {
  const label =
    item.action === 'viewAudit' && item.intake
      ? 'Read who saw the intake'
      : (actionLabel[item.action] ?? item.action);
  if (item.action === 'listIntakes' || item.action === 'exportCsv')
    return (
      <>
        {label} ({filtersInWords(item.detail)})
      </>
    );
  return (
    <>
      {label}
      {item.detail && ` (${item.detail})`}
    </>
  );
}

export function AuditView({ intakeId }: { intakeId?: string }) {
  const audit = useQuery({
    queryKey: ['audit', intakeId ?? ''],
    queryFn: () =>
      staffFetch<{ items: AuditItem[] }>(
        `/api/staff/audit${intakeId ? `?intake=${encodeURIComponent(intakeId)}` : ''}`,
      ),
  });
  const reference = audit.data?.items.find((i) => i.intake?.id === intakeId)?.intake?.reference;
  return (
    <section aria-labelledby="screen-title">
      <p className="back-link">
        {intakeId ? <a href="#/audit">← The whole audit log</a> : <a href="#/">← All intakes</a>}
      </p>
      <ScreenHeading>
        {intakeId ? (
          <>
            Who saw intake <span className="nowrap">{reference}</span>
          </>
        ) : (
          'Audit log'
        )}
      </ScreenHeading>
      <p className="hint">
        Every sign-in, list, search, view, change and export, newest first. The log cannot be
        changed; <code>npm run staff -- verify-audit</code> checks that nothing was removed.
      </p>
      {audit.isError && (
        <p className="error-summary" role="alert">
          {audit.error.message}
        </p>
      )}
      <div className="table-wrap">
        <table className="audit">
          <caption className="visually-hidden">Newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Intakes</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.items.map((item) => (
              <tr key={item.id}>
                <td data-label="When">
                  <span>{formatTime(item.at)}</span>
                </td>
                <td data-label="Who">
                  <span>{item.actorEmail ?? '—'}</span>
                </td>
                <td data-label="What">
                  <span>
                    <What item={item} />
                  </span>
                </td>
                <td data-label="Intakes">
                  <span>
                    <Intakes item={item} />
                  </span>
                </td>
                <td data-label="From">
                  <span>{item.ip}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
