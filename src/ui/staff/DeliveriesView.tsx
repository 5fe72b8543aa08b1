import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryState } from '../../api/staff-contract';
import { ScreenHeading } from '../components/StepLayout';
import { staffFetch } from './api';
import { formatTime } from './labels';

// Notifications (e-mail, webhooks) for administrators: those given up on after 24 hours of
// failed attempts, those still being tried, and those delivered, newest first; "Retry now" sends
// one again at once.

interface Delivery {
  id: string;
  channel: 'email' | 'webhook';
  event: 'intake.created' | 'intake.status_changed';
  intake: { id: string; reference: string };
  createdAt: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

interface DeliveriesPage {
  items: Delivery[];
  counts: { failed: number; pending: number };
}

const stateLabel: Record<DeliveryState, string> = {
  failed: 'Failed',
  pending: 'Being tried',
  delivered: 'Delivered',
};

const what = (d: Delivery) =>
  `${d.channel === 'email' ? 'E-mail' : 'Webhook'}: ${d.event === 'intake.created' ? 'new request' : 'status changed'}`;

export function DeliveriesView({ state }: { state: DeliveryState }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: ['deliveries', state],
    queryFn: () => staffFetch<DeliveriesPage>(`/api/staff/deliveries?state=${state}`),
  });
  const retry = useMutation({
    mutationFn: (id: string) =>
      staffFetch(`/api/staff/deliveries/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }),
  });
  const counts = deliveries.data?.counts;
  return (
    <section aria-labelledby="screen-title">
      <p className="back-link">
        <a href="#/">← All intakes</a>
      </p>
      <ScreenHeading>Notifications</ScreenHeading>
      <p className="hint">
        The e-mails and webhooks sent for new requests and status changes. A notification that
        cannot be delivered is tried again for 24 hours, then listed under Failed.
      </p>
      <nav aria-label="Notifications by state" className="delivery-states">
        {(Object.keys(stateLabel) as DeliveryState[]).map((s, i) => (
          <span key={s}>
            {i > 0 && ' · '}
            <a href={`#/deliveries?state=${s}`} aria-current={s === state ? 'page' : undefined}>
              {stateLabel[s]}
              {s !== 'delivered' && counts && ` (${counts[s]})`}
            </a>
          </span>
        ))}
      </nav>
      {deliveries.isError && (
        <p className="error-summary" role="alert">
          {deliveries.error.message}
        </p>
      )}
      {retry.isError && (
        <p className="error-summary" role="alert">
          {retry.error.message}
        </p>
      )}
      {deliveries.data?.items.length === 0 && <p>None.</p>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="audit">
            <caption className="visually-hidden">{stateLabel[state]}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Written</th>
                <th scope="col">Intake</th>
                <th scope="col">What</th>
                <th scope="col">Attempts</th>
                <th scope="col">{state === 'delivered' ? 'Delivered' : 'Last error'}</th>
                {state !== 'delivered' && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td data-label="Written">
                    <span>{formatTime(d.createdAt)}</span>
                  </td>
                  <td data-label="Intake">
                    <span>
                      <a className="nowrap" href={`#/intake/${d.intake.id}`}>
                        {d.intake.reference}
                      </a>
                    </span>
                  </td>
                  <td data-label="What">
                    <span>{what(d)}</span>
                  </td>
                  <td data-label="Attempts">
                    <span>{d.attempts}</span>
                  </td>
                  <td data-label={state === 'delivered' ? 'Delivered' : 'Last error'}>
                    <span>
                      {state === 'delivered'
                        ? formatTime(d.deliveredAt ?? '')
                        : (d.lastError ?? 'Not tried yet')}
                      {state === 'pending' &&
                        d.nextAttemptAt &&
                        ` (next try ${formatTime(d.nextAttemptAt)})`}
                      {state === 'failed' && d.failedAt && ` (gave up ${formatTime(d.failedAt)})`}
                    </span>
                  </td>
                  {state !== 'delivered' && (
                    <td data-label="Action">
                      <span>
                        <button
                          type="button"
                          className="button"
                          disabled={retry.isPending}
                          onClick={() => retry.mutate(d.id)}
                          aria-label={`Retry now: ${what(d)} for ${d.intake.reference}`}
                        >
                          Retry now
                        </button>
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
