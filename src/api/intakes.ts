import { MutationObserver, QueryClient } from '@tanstack/react-query';
import {
  apiErrorSchema,
  intakeReceiptSchema,
  type ApiError,
  type IntakeReceipt,
  type IntakeRequest,
} from './contract';

// Sending a consultation request: a TanStack Query mutation that retries with backoff on network
// errors and 5xx (never on 4xx), under one Idempotency-Key per request body. The key is kept in
// session storage, so a retry after a reload is recognised by the server instead of stored twice.

export type IntakeFailure = 'offline' | 'server' | 'rateLimited' | 'rejected';

export class IntakeError extends Error {
  constructor(
    readonly failure: IntakeFailure,
    readonly status?: number,
    readonly body?: ApiError,
  ) {
    super(`Consultation request failed: ${failure}${status ? ` (${status})` : ''}`);
  }

  /**
   * The server refused the answers' version: this page is older than the clinic's form (opened
   * before an update). Reloading the page is what helps; checking one's details does not.
   */
  get formOutdated(): boolean {
    return this.failure === 'rejected' && this.body?.error.code === 'unsupported_version';
  }
}

export const isRetryable = (error: unknown) =>
  error instanceof IntakeError && (error.failure === 'offline' || error.failure === 'server');

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const keyStorageKey = 'ipm-candidacy:intake-key';

/** FNV-1a over the body: the same body gets the same key; another body gets a new one. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16)}${b.toString(16)}-${text.length}`;
}

/** A version 4 UUID, also where crypto.randomUUID is missing (pages not served over HTTPS). */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function idempotencyKeyFor(body: string, storage?: KeyStorage): string {
  const print = fingerprint(body);
  try {
    const saved = JSON.parse(storage?.getItem(keyStorageKey) ?? 'null') as {
      key?: unknown;
      print?: unknown;
    } | null;
    if (saved && saved.print === print && typeof saved.key === 'string') return saved.key;
  } catch {
    // a damaged record: make a new key
  }
  const key = uuid();
  storage?.setItem(keyStorageKey, JSON.stringify({ key, print }));
  return key;
}

export async function postIntake(
  body: string,
  key: string,
  fetchImpl: typeof fetch = fetch,
): Promise<IntakeReceipt> {
  let response: Response;
  try {
    response = await fetchImpl('/api/intakes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
      credentials: 'omit',
    });
  } catch {
    throw new IntakeError('offline');
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.status === 201) {
    const receipt = intakeReceiptSchema.safeParse(json);
    if (receipt.success) return receipt.data;
    throw new IntakeError('server', response.status);
  }
  const error = apiErrorSchema.safeParse(json);
  const failure: IntakeFailure =
    response.status >= 500 ? 'server' : response.status === 429 ? 'rateLimited' : 'rejected';
  throw new IntakeError(failure, response.status, error.success ? error.data : undefined);
}

const queryClient = new QueryClient();

export interface SubmitOptions {
  storage?: KeyStorage | undefined;
  fetch?: typeof fetch;
  /** Backoff before retry n (0-based); tests shorten it. */
  retryDelay?: (attempt: number) => number;
}

/** Sends the request, retrying up to 3 times on network errors and 5xx, with one key throughout. */
export async function submitIntake(
  request: IntakeRequest,
  options: SubmitOptions = {},
): Promise<IntakeReceipt> {
  const body = JSON.stringify(request);
  const key = idempotencyKeyFor(body, options.storage);
  const observer = new MutationObserver<IntakeReceipt, unknown, void>(queryClient, {
    mutationFn: () => postIntake(body, key, options.fetch),
    retry: (failures, error) => failures < 3 && isRetryable(error),
    retryDelay: options.retryDelay ?? ((attempt) => Math.min(1000 * 2 ** attempt, 8000)),
    networkMode: 'always',
  });
  const receipt = await observer.mutate();
  options.storage?.removeItem(keyStorageKey);
  return receipt;
}
