import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

// Small helpers for the suites and the benchmark that start the built server themselves.

/** A TCP port free on 127.0.0.1 right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

/** Waits until `url`/api/health answers 200, failing if the process exits or 15 s pass. */
export async function waitUntilHealthy(url: string, child: ChildProcess, what: string) {
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    if (i > 300 || child.exitCode !== null) throw new Error(`The server did not start (${what}).`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
