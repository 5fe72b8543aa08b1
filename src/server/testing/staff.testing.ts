import { expect } from 'vitest';
import type { App } from '../app';
import { newKey } from './requests.testing';

// What the staff route tests share: signing in, and sending a request as a patient would.

/** Signs in through the API and returns the session cookie (`ipm_staff=…`). */
export async function sessionCookie(
  app: App,
  email: string,
  password: string,
  options: { ip?: string; origin?: string } = {},
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/staff/login',
    remoteAddress: options.ip ?? '203.0.113.1',
    headers: { host: 'clinic.test', ...(options.origin && { origin: options.origin }) },
    payload: { email, password },
  });
  expect(response.statusCode, `sign in as ${email}`).toBe(200);
  return String(response.headers['set-cookie']).split(';')[0] ?? '';
}

/** POST /api/intakes with a fresh idempotency key. */
export const postIntake = (app: App, body: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/intakes',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
    payload: JSON.stringify(body),
  });
