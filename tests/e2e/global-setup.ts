import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../net';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    /** The one-time set-up link the server printed at first start. */
    setupUrl: string;
    /** A port for the example clinic page, whose origin (127.0.0.1) may embed the app. */
    hostPort: number;
  }
}

let server: ChildProcess | undefined;
let dataDir = '';

/** Starts the built server (npm run build ran first) on a free port with a fresh data folder. */
export async function setup(project: TestProject) {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'ipm-e2e-'));
  // The clinic lets one other origin embed it: the example host page of tests/e2e/embed.e2e.ts.
  const hostPort = await freePort();
  const clinicConfig = join(dataDir, 'clinic.config.json');
  writeFileSync(clinicConfig, JSON.stringify({ embedOrigins: [`http://127.0.0.1:${hostPort}`] }));
  const root = new URL('../..', import.meta.url).pathname;
  server = spawn(process.execPath, ['dist/server/server.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CLINIC_CONFIG: clinicConfig,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  // "localhost", not 127.0.0.1: browsers keep Secure cookies over plain HTTP only for localhost.
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The server did not start within 20 s.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (let i = 0; i < 50 && !/#setup=/.test(output); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const setup = /http:\/\/localhost:\d+(\/staff#setup=[\w-]+)/.exec(output)?.[1];
  if (!setup) throw new Error(`The server printed no set-up link:\n${output}`);
  project.provide('setupUrl', `${baseUrl}${setup}`);
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  project.provide('hostPort', hostPort);
}

export function teardown() {
  server?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
