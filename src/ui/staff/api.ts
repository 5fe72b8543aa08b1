import type { z } from 'zod/mini';
import type { Assessment } from '../../rules';
import type {
  clinicalSummarySchema,
  intakeDetailSchema,
  intakeListItemSchema,
  intakeListPageSchema,
} from '../../api/staff-responses';
import { statuses, type Status } from '../../api/intake-status';

export { statuses, type Status };

// The staff API as the inbox uses it; failures carry the server's error code and message.

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function staffFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    response = await fetch(path, { ...init, credentials: 'same-origin', headers });
  } catch {
    throw new ApiFailure(
      0,
      'offline',
      'The server cannot be reached. Check the connection and try again.',
    );
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => undefined)) as
    { error?: { code: string; message: string } } | undefined;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      json?.error?.code ?? 'error',
      json?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return json as T;
}

export interface StaffUser {
  id: string;
  email: string;
  role: 'admin' | 'staff';
}

/** Where the signed-in account's second factor stands (GET /api/staff/me). */
export interface MfaStatus {
  enabled: boolean;
  /** The clinic asks this account for one: without it, only enrolment answers. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** One row of the inbox list, as the server describes it. */
export type IntakeSummary = z.infer<typeof intakeListItemSchema>;

export type IntakePage = z.infer<typeof intakeListPageSchema>;

/** One intake, its answers and assessment as stored under its own ruleset, and its summary. */
export type IntakeDetail = z.infer<typeof intakeDetailSchema>;

export type ClinicalSummary = z.infer<typeof clinicalSummarySchema>;

export type IntakeNote = IntakeDetail['notes'][number];

/** What a change to an intake sends: a status, a note, or both; `outreach` marks the note. */
export interface IntakePatch {
  status?: Status;
  note?: string;
  outreach?: boolean;
}

export interface AuditedIntake {
  id: string;
  /** Null once the intake is gone (the entry keeps only its id). */
  reference: string | null;
}

export interface AuditItem {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  /** The one intake an entry is about (opened, changed, exported). */
  intake: AuditedIntake | null;
  /** Every intake a list page, search or export showed. */
  intakes: AuditedIntake[];
  detail: string;
  ip: string;
}

export interface Filters {
  status: Status | '';
  verdict: Assessment['verdict'] | '';
  q: string;
  from: string;
  to: string;
}

export function filterQuery(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.verdict) params.set('verdict', filters.verdict);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params.toString();
}
