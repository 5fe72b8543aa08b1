import { launchBrowser } from '../tests/e2e/browser';
import type { Measurement } from './measurement';
import { startServer } from './server';

/**
 * Bytes of JavaScript and CSS the patient page downloads on first load, as sent on the wire
 * (gzip, response bodies without headers), from Chromium's network events; and /widget.js as a
 * clinic's page receives it.
 * Needs `npm run build` first.
 */
export async function benchPageWeight(): Promise<Measurement[]> {
  const server = await startServer();
  try {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const urls = new Map<string, string>();
    const headerBytes = new Map<string, number>();
    const bytes = { js: 0, css: 0, widget: 0 };
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      urls.set(event.requestId, event.response.url);
      // On HTTP/1.1 the bytes received by then are the status line and headers.
      headerBytes.set(event.requestId, event.response.encodedDataLength);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const type = types.get(event.requestId);
      const body = event.encodedDataLength - (headerBytes.get(event.requestId) ?? 0);
      if (urls.get(event.requestId)?.endsWith('/widget.js')) bytes.widget += body;
      else if (type === 'Script') bytes.js += body;
      else if (type === 'Stylesheet') bytes.css += body;
    });
    await page.setExtraHTTPHeaders({ 'accept-encoding': 'gzip' });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    // The loader, as a clinic's page receives it.
    await page.goto(`${server.url}/widget.js`, { waitUntil: 'networkidle' });
    await browser.close();
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    return [
      {
        name: 'patient page first load, JS (gzip)',
        value: kb(bytes.js),
        unit: 'KB',
        budget: { atMost: 140 },
      },
      {
        name: 'patient page first load, CSS (gzip)',
        value: kb(bytes.css),
        unit: 'KB',
        budget: { atMost: 140 },
      },
      {
        name: 'patient page first load, JS + CSS (gzip)',
        value: kb(bytes.js + bytes.css),
        unit: 'KB',
        budget: { atMost: 140 },
      },
      {
        name: '/widget.js (gzip)',
        value: kb(bytes.widget),
        unit: 'KB',
        budget: { atMost: 3 },
      },
    ];
  } finally {
    await server.stop();
  }
}
