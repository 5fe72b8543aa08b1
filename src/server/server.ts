import { fileURLToPath } from 'node:url';
import { buildApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const clientDir = fileURLToPath(new URL('../client', import.meta.url));

const app = await buildApp({ clientDir, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
await app.listen({ port, host });
console.log(`Ready: http://localhost:${port}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
