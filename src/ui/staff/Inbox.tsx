import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { rulesetVersion, verdicts } from '../../rules';
import { ScreenHeading } from '../components/StepLayout';
import {
  filterQuery,
  staffFetch,
  statuses,
  type Filters,
  type IntakePage,
  type IntakeSummary,
} from './api';
import { formatTime, statusLabel, telHref, verdictLabel } from './labels';

/** The intakes, same-day calls first, then urgent ones, then newest; refreshed every second while the tab is open. */
export function Inbox() {
  const [filters, setFilters] = useState<Filters>({
    status: '',
    verdict: '',
    q: '',
    from: '',
    to: '',
  });
  const deferred = useDeferredValue(filters);
  const query = filterQuery(deferred);
  const pages = useInfiniteQuery({
    queryKey: ['intakes', query],
    queryFn: ({ pageParam }) =>
      staffFetch<IntakePage>(
        `/api/staff/intakes?${query}${pageParam ? `&cursor=${pageParam}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 1000,
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const newCount = pages.data?.pages[0]?.newCount;

  return (
    <section aria-labelledby="screen-title">
      <div className="inbox-head">
        <ScreenHeading>Intakes</ScreenHeading>
        {newCount !== undefined && <p className="new-count">{newCount} new</p>}
      </div>
      <form
        className="filters"
        role="search"
        aria-label="Filter intakes"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="q">Name or reference</label>
          <p id="q-hint" className="hint">
            Whole first or last names, or part of the reference
          </p>
          <input
            id="q"
            type="search"
            aria-describedby="q-hint"
            className="text-input"
            value={filters.q}
            onChange={(event) => setFilters({ ...filters, q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select
            id="status"
            className="text-input"
            value={filters.status}
            onChange={(event) =>
              setFilters({ ...filters, status: event.target.value as Filters['status'] })
            }
          >
            <option value="">All</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {statusLabel[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="verdict">Verdict</label>
          <select
            id="verdict"
            className="text-input"
            value={filters.verdict}
            onChange={(event) =>
              setFilters({ ...filters, verdict: event.target.value as Filters['verdict'] })
            }
          >
            <option value="">All</option>
            {verdicts
              .filter((v) => v !== 'emergency')
              .map((verdict) => (
                <option key={verdict} value={verdict}>
                  {verdictLabel[verdict]}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">Received from</label>
          <input
            id="from"
            type="date"
            className="text-input"
            value={filters.from}
            onChange={(event) => setFilters({ ...filters, from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="to">Received to</label>
          <input
            id="to"
            type="date"
            className="text-input"
            value={filters.to}
            onChange={(event) => setFilters({ ...filters, to: event.target.value })}
          />
        </div>
        <a className="button secondary export" href={`/api/staff/intakes.csv?${query}`} download>
          Export CSV
        </a>
      </form>
      {pages.isError && (
        <p className="error-summary" role="alert">
          {pages.error.message}
        </p>
      )}
      {pages.isSuccess && items.length === 0 && <p>No intakes match.</p>}
      {items.length > 0 && (
        <table className="inbox">
          <caption className="visually-hidden">
            Intakes, most pressing first: same-day calls not yet made, then urgent, then good,
            possible and conservative-first candidates; newest first within each
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <IntakeRow key={item.id} item={item} />
            ))}
          </tbody>
        </table>
      )}
      {pages.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {pages.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}

const columns = [
  'Patient',
  'Phone',
  'Age',
  'Verdict',
  'Warning signs',
  'Status',
  'Received',
] as const;
type Column = (typeof columns)[number];

/** A cell that names its column on a phone, where the rows stack as cards. */
const cell = (column: Column) => ({ 'data-label': column });

function IntakeRow({ item }: { item: IntakeSummary }) {
  const pressing = item.sameDayCall ? 'same-day' : item.verdict === 'urgent' ? 'urgent' : 'routine';
  return (
    <tr className={`intake-row row-${pressing} status-${item.status}`}>
      <th scope="row" {...cell('Patient')}>
        <a href={`#/intake/${item.id}`}>
          <span className="row-name">{item.name}</span>{' '}
          <span className="row-ref">{item.reference}</span>
        </a>
        {item.locale === 'es' && <span className="row-language">Spanish</span>}
        {item.rulesetVersion !== rulesetVersion && (
          <span className="row-ruleset">ruleset {item.rulesetVersion}</span>
        )}
      </th>
      <td {...cell('Phone')}>
        <a className="nowrap" href={telHref(item.phone)}>
          {item.phone}
        </a>
      </td>
      <td {...cell('Age')}>{item.age}</td>
      <td {...cell('Verdict')}>
        <span className="badges">
          {item.sameDayCall && <span className="badge badge-same-day">Same-day call</span>}
          {item.outreachRecorded && (
            <span className="badge badge-outreach-done">Outreach recorded</span>
          )}
          <span className={`badge badge-${item.verdict}`}>{verdictLabel[item.verdict]}</span>
        </span>
      </td>
      <td {...cell('Warning signs')}>
        {item.warningSigns.length === 0 ? (
          <span className="none">None</span>
        ) : (
          item.warningSigns.join(', ')
        )}
      </td>
      <td {...cell('Status')}>{statusLabel[item.status]}</td>
      <td {...cell('Received')}>
        <time dateTime={item.createdAt}>{formatTime(item.createdAt)}</time>
      </td>
    </tr>
  );
}
