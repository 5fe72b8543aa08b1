import fc from 'fast-check';
import { assess } from '../src/rules';
import { answersArbitrary } from '../src/rules/arbitraries.testing';
import type { Measurement } from './measurement';

/** assess() calls per second on one core, over a fixed, varied pool of valid answers. */
export function benchAssess(seconds = 3): Measurement {
  const pool = fc.sample(answersArbitrary(), { numRuns: 10_000, seed: 42 });
  let sink = 0;
  // Warm up the JIT before timing.
  for (let i = 0; i < 200_000; i++) sink += assess(pool[i % pool.length]!).procedures.length;
  let calls = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 10_000; i++)
      sink += assess(pool[(calls + i) % pool.length]!).cautions.length;
    calls += 10_000;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink);
  return {
    name: 'assess() per second, one core',
    value: Math.round(calls / elapsed),
    unit: 'per s',
    budget: { atLeast: 100_000 },
  };
}
