import { describe, expect, it, vi } from 'vitest';
import { validRequest } from '../server/testing/requests.testing';
import { idempotencyKeyFor, IntakeError, submitIntake } from './intakes';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const respond = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const receipt = { reference: 'K7M-4Q2', verdict: 'goodCandidate' };
const fast = () => 1;

describe('submitIntake', () => {
  it('retries network errors and 5xx with the same key, then succeeds', async () => {
    const keys: string[] = [];
    const fetch = vi.fn<typeof globalThis.fetch>((_url, init) => {
      keys.push(new Headers(init?.headers).get('idempotency-key') ?? '');
      if (keys.length === 1) return Promise.reject(new TypeError('Failed to fetch'));
      if (keys.length === 2)
        return Promise.resolve(respond(503, { error: { code: 'internal', message: 'x' } }));
      return Promise.resolve(respond(201, receipt));
    });
    await expect(submitIntake(validRequest(), { fetch, retryDelay: fast })).resolves.toEqual(
      receipt,
    );
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('never retries a 4xx', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(respond(400, { error: { code: 'invalid_request', message: 'x' } })),
    );
    const error = await submitIntake(validRequest(), { fetch, retryDelay: fast }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntakeError);
    expect((error as IntakeError).failure).toBe('rejected');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tells a form outdated by an update (400 unsupported_version) from other refusals, without retrying', async () => {
    const refusal = (code: string) =>
      vi.fn<typeof globalThis.fetch>(() =>
        Promise.resolve(respond(400, { error: { code, message: 'x' } })),
      );
    const outdatedFetch = refusal('unsupported_version');
    const outdated = await submitIntake(validRequest(), {
      fetch: outdatedFetch,
      retryDelay: fast,
    }).catch((e: unknown) => e);
    expect(outdated).toMatchObject({ failure: 'rejected', formOutdated: true });
    expect(outdatedFetch).toHaveBeenCalledTimes(1);
    const invalid = await submitIntake(validRequest(), {
      fetch: refusal('invalid_request'),
      retryDelay: fast,
    }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ failure: 'rejected', formOutdated: false });
  });

  it('gives up after 4 attempts offline, and reports it', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new TypeError('offline')));
    const error = await submitIntake(validRequest(), { fetch, retryDelay: fast }).catch(
      (e: unknown) => e,
    );
    expect((error as IntakeError).failure).toBe('offline');
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('keeps the key for the same body across calls (a reload), until it succeeds', async () => {
    const storage = memory();
    const body = JSON.stringify(validRequest());
    const key = idempotencyKeyFor(body, storage);
    expect(idempotencyKeyFor(body, storage)).toBe(key);
    expect(idempotencyKeyFor(`${body} `, storage)).not.toBe(key);
    const seen: string[] = [];
    const fetch = vi.fn<typeof globalThis.fetch>((_url, init) => {
      seen.push(new Headers(init?.headers).get('idempotency-key') ?? '');
      return Promise.resolve(respond(201, receipt));
    });
    const request = validRequest();
    const expected = idempotencyKeyFor(JSON.stringify(request), storage);
    await submitIntake(request, { fetch, storage });
    expect(seen).toEqual([expected]);
    expect(storage.items.size).toBe(0);
  });
});
