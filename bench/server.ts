import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltServer } from '../tests/servers';

export interface RunningServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/** The built server (`npm run build` first) with a fresh data folder, removed when it stops. */
export async function startServer(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipm-bench-'));
  const server = await startBuiltServer('benchmark', { DATA_DIR: dataDir, ...env });
  return {
    url: server.url,
    dataDir,
    stop: async () => {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
