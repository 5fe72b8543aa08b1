import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Serves the example clinic page on its own origin, pointing its script tags at the app.

const here = new URL('./', import.meta.url);
const files: Record<string, { type: string; body: string }> = {
  '/host.css': { type: 'text/css', body: readFileSync(new URL('host.css', here), 'utf8') },
  '/host.js': { type: 'text/javascript', body: readFileSync(new URL('host.js', here), 'utf8') },
};
const page = readFileSync(new URL('index.html', here), 'utf8');

export async function serveHostPage(options: {
  appOrigin: string;
  port: number;
  host?: string;
}): Promise<{ server: Server; origin: string }> {
  const html = page.replaceAll('{{APP}}', options.appOrigin);
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const file = path === '/' ? { type: 'text/html', body: html } : files[path];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': `${file.type}; charset=utf-8` }).end(file.body);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://${host}:${port}` };
}
