import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';

// The staff screens' component tests run against a real staff API: a server process (one of
// src/server/testing/*-server.testing.ts) that prints one JSON line (where, the session cookie,
// and what the test needs), and the page's requests go to it with that session.

/**
 * Starts the server for the file's tests; the function returned gives what it printed (read by
 * `parse`), once it has started.
 */
export function withStaffTestServer<T extends { url: string; cookie: string }>(
  script: string,
  parse: (printed: unknown) => T,
): () => T {
  let server: ChildProcess;
  let info: T | undefined;
  const nodeFetch = globalThis.fetch;

  beforeAll(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), script)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    info = await new Promise<T>((resolve, reject) => {
      let text = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const line = text.split('\n')[0];
        if (text.includes('\n') && line) resolve(parse(JSON.parse(line)));
      });
      server.once('exit', (code) => reject(new Error(`the test server exited (${code})`)));
    });
  }, 60_000);
  afterAll(async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });
  beforeEach(() => {
    vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) => {
      const { url, cookie } = started();
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      return nodeFetch(`${url}${path}`, { ...init, headers });
    });
  });

  const started = (): T => {
    if (!info) throw new Error('the test server has not started');
    return info;
  };
  return started;
}
