import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import type { Measurement } from './measurement';

/**
 * Bytes of JavaScript and CSS the patient page downloads on first load, as sent on the wire
 * (gzip), from Chromium's network events. Needs `npm run build` first.
 */
export async function benchPageWeight(port = 8199): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipm-bench-'));
  const server = spawn(process.execPath, ['dist/server/server.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const bytes = { js: 0, css: 0 };
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      const type = types.get(event.requestId);
      if (type === 'Script') bytes.js += event.encodedDataLength;
      if (type === 'Stylesheet') bytes.css += event.encodedDataLength;
    });
    await page.setExtraHTTPHeaders({ 'accept-encoding': 'gzip' });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    await browser.close();
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    return [
      {
        name: 'patient page first load, JS (gzip, wire)',
        value: kb(bytes.js),
        unit: 'KB',
        budget: { atMost: 140 },
      },
      {
        name: 'patient page first load, CSS (gzip, wire)',
        value: kb(bytes.css),
        unit: 'KB',
        budget: { atMost: 140 },
      },
      {
        name: 'patient page first load, JS + CSS (gzip, wire)',
        value: kb(bytes.js + bytes.css),
        unit: 'KB',
        budget: { atMost: 140 },
      },
    ];
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
