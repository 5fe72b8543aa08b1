import { useQuery } from '@tanstack/react-query';
import { ScreenHeading } from '../components/StepLayout';
import { staffFetch, type AuditItem } from './api';
import { formatTime } from './labels';

/** The newest 100 audit entries: who did what, to which intake, when and from where. */
export function AuditView() {
  const audit = useQuery({
    queryKey: ['audit'],
    queryFn: () => staffFetch<{ items: AuditItem[] }>('/api/staff/audit'),
  });
  return (
    <section aria-labelledby="screen-title">
      <p className="back-link">
        <a href="#/">← All intakes</a>
      </p>
      <ScreenHeading>Audit log</ScreenHeading>
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
              <th scope="col">Intake</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.items.map((item) => (
              <tr key={item.id}>
                <td>{formatTime(item.at)}</td>
                <td>{item.actorEmail ?? '—'}</td>
                <td>
                  {item.action}
                  {item.detail && ` (${item.detail})`}
                </td>
                <td>{item.intakeId ? <a href={`#/intake/${item.intakeId}`}>open</a> : '—'}</td>
                <td>{item.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
