import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyServerOptions } from 'fastify';

export interface AppOptions {
  /** The built patient app (dist/client); omitted in API-only tests. */
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
}

/** The whole HTTP application, never listening: tests call `app.inject()`, server.ts listens. */
export async function buildApp(options: AppOptions = {}) {
  const app = Fastify({ logger: options.logger ?? false });

  app.get('/api/health', () => ({ status: 'ok' as const }));

  const { clientDir } = options;
  if (clientDir !== undefined && existsSync(clientDir)) {
    await app.register(fastifyStatic, { root: clientDir, index: ['index.html'] });
  }
  await app.ready();
  return app;
}
