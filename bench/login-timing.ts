import { buildApp } from '../src/server/app';
import { clinicConfigSchema } from '../src/server/config';
import { addStaff } from '../src/server/staff/accounts';
import { freshDatabase } from '../src/server/testing/databases.testing';
import type { Measurement } from './measurement';

// A failed sign-in for an email that has an account and for one that has none must take the same
// time, or the difference tells an attacker which staff emails exist. Both are measured in turn,
// interleaved so that any drift of the machine touches both alike, each attempt from its own
// address and never past the fourth failure of an account (so no lock or limit shortens one).

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function benchLoginTiming(rounds = 40): Promise<Measurement[]> {
  const database = await freshDatabase('sqlite');
  const app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
  try {
    const accounts = Math.ceil(rounds / 4);
    for (let i = 0; i < accounts; i++)
      await addStaff(database.db.db, {
        email: `known${i}@clinic.example`,
        role: 'staff',
        password: 'oyster quilt marathon lantern',
      });
    const attempt = async (email: string, n: number) => {
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/login',
        remoteAddress: `10.${Math.floor(n / 250)}.${n % 250}.1`,
        payload: { email, password: 'not the right password' },
      });
      if (response.statusCode !== 401) throw new Error(`expected 401, got ${response.statusCode}`);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < rounds; i++) {
      known.push(await attempt(`known${i % accounts}@clinic.example`, 2 * i));
      unknown.push(await attempt(`nobody${i}@clinic.example`, 2 * i + 1));
    }
    const k = median(known);
    const u = median(unknown);
    return [
      { name: 'failed sign-in, known email, median', value: Math.round(k), unit: 'ms' },
      { name: 'failed sign-in, unknown email, median', value: Math.round(u), unit: 'ms' },
      {
        name: 'failed sign-in: difference known vs unknown (of the median)',
        value: Math.round((Math.abs(k - u) / k) * 1000) / 10,
        unit: '%',
        budget: { atMost: 10 },
      },
    ];
  } finally {
    await app.close();
    await database.drop();
  }
}
