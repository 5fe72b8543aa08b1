import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { App } from '../app';
import { postIntake } from './staff.testing';
import { validRequest } from './requests.testing';

// Intakes whose every personal detail is a string found nowhere else: tests search files (the
// database, its WAL, a backup, a dump) byte for byte for them.

const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

export interface MarkedIntake {
  id: string;
  reference: string;
  /** The first and last name, email, message and note text: each unique to this intake. */
  markers: string[];
}

/**
 * Submits `count` intakes through POST /api/intakes and, as the signed-in member of staff whose
 * `cookie` is given, writes a note on each; returns each one's id, reference and markers.
 */
export async function submitMarkedIntakes(
  app: App,
  cookie: string,
  count: number,
  host = 'clinic.test',
): Promise<MarkedIntake[]> {
  const intakes: MarkedIntake[] = [];
  for (let i = 0; i < count; i++) {
    const request = validRequest();
    const tag = letters(10);
    const firstName = `Zq${tag}`;
    const lastName = `Xv${letters(10)}`;
    const email = `${letters(12)}@example.org`;
    const message = `Message ${letters(14)}`;
    const note = `Called back ${letters(14)}`;
    request.contact = { ...request.contact, firstName, lastName, email, message };
    const posted = await postIntake(app, request);
    expect(posted.statusCode, posted.body).toBe(201);
    const { reference } = posted.json<{ reference: string }>();
    const found = await app.inject({
      method: 'GET',
      url: `/api/staff/intakes?q=${encodeURIComponent(reference)}`,
      headers: { host, cookie },
    });
    const id = found
      .json<{ items: { id: string; reference: string }[] }>()
      .items.find((item) => item.reference === reference)?.id;
    if (id === undefined) throw new Error(`intake ${reference} not listed`);
    const noted = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { host, cookie, origin: `https://${host}` },
      payload: { note },
    });
    expect(noted.statusCode, noted.body).toBe(200);
    intakes.push({ id, reference, markers: [firstName, lastName, email, message, note] });
  }
  return intakes;
}
