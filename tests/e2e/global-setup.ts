import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startBuiltServer } from '../servers';

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
  dataDir = mkdtempSync(join(tmpdir(), 'ipm-e2e-'));
  // The clinic lets one other origin embed it: the example host page of tests/e2e/embed.e2e.ts.
  const hostPort = await freePort();
  const clinicConfig = join(dataDir, 'clinic.config.json');
  writeFileSync(clinicConfig, JSON.stringify({ embedOrigins: [`http://127.0.0.1:${hostPort}`] }));
  const started = await startBuiltServer(
    'browser tests',
    // Two-step sign-in has its own server and tests (mfa.e2e.ts); here the administrator signs in
    // with a password alone.
    { DATA_DIR: dataDir, CLINIC_CONFIG: clinicConfig, STAFF_MFA: 'optional' },
    'pipe',
  );
  server = started.child;
  let output = '';
  started.child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  started.child.stderr?.pipe(process.stderr);
  // "localhost", not 127.0.0.1: browsers keep Secure cookies over plain HTTP only for localhost.
  const baseUrl = `http://localhost:${started.port}`;
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
