import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { ApiError } from '../api/contract';
import { sql } from 'kysely';
import { z } from 'zod/mini';
import { publicConfig, type ClinicConfig, type NotifyConfig } from './config';
import type { VaultedDb } from './crypto/vault';
import { createIntakeWriter } from './db/intake-writer';
import { registerBrandedAssets } from './assets';
import { HttpError, registerErrorHandling } from './errors';
import { openApiJson } from './openapi';
import { announcing, createNotifications, type DispatcherTiming } from './notify/notifications';
import { intakeRoutes } from './routes/intakes';
import { fhirRoutes, staffRoutes, type Access } from './routes/staff';
import { startRetentionJob, type RetentionJobOptions } from './retention';
import { sweepChallenges, type MfaPolicy } from './staff/mfa';
import { sweepAttempts } from './staff/throttle';
import { applySecurityHeaders, frameAncestorsFor, registerSecurityHeaders } from './security';

export interface AppOptions {
  /** The database with its vault: buildApp reads and writes patients only through it. */
  db: VaultedDb;
  clinic: ClinicConfig;
  /** The built patient app (dist/client); omitted in API-only tests. */
  clientDir?: string;
  /** The built loader (dist/widget/widget.js); omitted in API-only tests. */
  widgetFile?: string;
  /** Start the intake writer's thread at once rather than at the first intake (the server does). */
  startWriterNow?: boolean;
  logger?: FastifyServerOptions['logger'];
  loggerInstance?: FastifyServerOptions['loggerInstance'];
  intakeRateLimit?: number;
  trustProxy?: boolean | number | string;
  /** Where the clinic serves the app (PUBLIC_URL): the base of every absolute URL built here. */
  publicUrl?: string;
  /** The base of absolute URLs while PUBLIC_URL is not set (the server: http://localhost:PORT). */
  localUrl?: string;
  /** How long a client may take to send a request and its headers (see `timeouts`). */
  timeouts?: Partial<typeof timeouts>;
  now?: () => Date;
  /** Where notifications of new intakes and status changes go; none when omitted. */
  notify?: NotifyConfig;
  /** The notification dispatcher's timings (tests shorten the retries). */
  dispatcher?: DispatcherTiming;
  /** RETENTION_DAYS: a daily removal of intakes closed longer ago (see retention.ts); none when omitted. */
  retention?: Pick<
    RetentionJobOptions,
    'retentionDays' | 'scheduler' | 'firstRunAfterMs' | 'everyMs' | 'onRun'
  >;
  /** STAFF_MFA: who must have a second factor (default `admins`, as the server's). */
  staffMfa?: MfaPolicy;
}

/**
 * Slow clients cannot hold the server: the headers must arrive within 10 s and the whole request
 * within 20 s (Node checks every 2 s, so a body trickled a byte at a time is cut off within 22 s);
 * an idle kept-alive connection is closed after 5 s, an idle socket after 30 s.
 */
export const timeouts = {
  headersMs: 10_000,
  requestMs: 20_000,
  checkEveryMs: 2_000,
  keepAliveMs: 5_000,
  idleSocketMs: 30_000,
};

// zod/mini ships no messages; the API speaks English to its clients (the patient app has its own words).
z.config(z.locales.en());

/** Request logs name the method, the path (never the query) and the request id: no health data. */
const serializers = {
  req: (req: { id: string; method: string; url: string }) => ({
    id: req.id,
    method: req.method,
    path: req.url.split('?')[0],
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** The whole HTTP application, never listening: tests call `app.inject()`, server.ts listens. */
export async function buildApp(options: AppOptions) {
  const limits = { ...timeouts, ...options.timeouts };
  const embedAncestors = frameAncestorsFor(options.clinic.embedOrigins);
  const linkBase = options.publicUrl ?? options.localUrl ?? 'http://localhost:8080';
  const app = Fastify({
    requestTimeout: limits.requestMs,
    keepAliveTimeout: limits.keepAliveMs,
    connectionTimeout: limits.idleSocketMs,
    http: {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : {
          logger:
            options.logger === undefined || options.logger === false
              ? false
              : { ...(typeof options.logger === 'object' ? options.logger : {}), serializers },
        }),
    bodyLimit: 64 * 1024,
    // One line per request, written when it is answered (see the onResponse hook below).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    // A hop count trusts that many proxies in front, nearest first, and no more.
    trustProxy:
      typeof options.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(options.trustProxy)
        : (options.trustProxy ?? false),
    // Closing is answered below, in the API's own error shape.
    return503OnClosing: false,
    // A path the router cannot read (`%C0%AF`, a parameter over 100 characters) is answered in
    // the API's own shape and with the same headers as everything else, without echoing it.
    frameworkErrors: (error, _request, reply) => {
      applySecurityHeaders(reply, undefined, embedAncestors);
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body: ApiError = {
        error: tooLong
          ? { code: 'uri_too_long', message: 'This address is too long.' }
          : { code: 'bad_url', message: 'This address is not valid.' },
      };
      void (reply as FastifyReply).code(tooLong ? 414 : 400).send(body);
    },
  });
  // Every route the app serves, and who may use it, so tests can hold each one to the rules (see
  // staff-access.test.ts). Read when asked: the staff plugin fills in its default after this hook.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routeTable.push({
        method,
        url: route.url,
        get access() {
          return route.config?.access;
        },
      });
  });
  app.decorate('routeTable', routeTable);
  app.decorateRequest('logDetail', undefined);
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        req: request,
        res: reply,
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
        ...request.logDetail,
      },
      'request completed',
    );
    done();
  });
  // JSON only: without the text/plain parser, any other content type is refused with 415. Bodies
  // must be valid UTF-8: decoding would otherwise turn broken bytes into U+FFFD and store them.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) {
      done(
        new HttpError(400, 'invalid_encoding', 'The request body is not valid UTF-8.'),
        undefined,
      );
      return;
    }
    // The default parser answers through `done`; it returns nothing to wait for.
    void parseJson(request, bytes.toString('utf8'), done);
  });

  registerErrorHandling(app);
  // Once shutting down (SIGTERM), requests still arriving on open connections are refused with a
  // 503 the client can retry elsewhere; those already being handled finish.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('Connection', 'close');
    throw new HttpError(503, 'shutting_down', 'The service is restarting. Please try again.');
  });
  registerSecurityHeaders(app, embedAncestors);
  await app.register(fastifyRateLimit, { global: false });

  app.get('/api/health', { config: { access: 'public' } }, async () => {
    await sql`select 1`.execute(options.db.db);
    return { status: 'ok' as const, db: options.db.kind };
  });
  const config = publicConfig(options.clinic);
  app.get('/api/config', { config: { access: 'public' } }, () => config);
  // This API described (OpenAPI 3.1, see openapi.ts): built at the first request, then kept.
  app.get('/api/openapi.json', { config: { access: 'public' } }, (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(openApiJson(linkBase)),
  );

  // Notifications leave through the outbox, written in each intake's transaction.
  const notifications = createNotifications({
    db: options.db,
    notify: options.notify,
    linkBase,
    log: app.log,
    ...(options.dispatcher && { timing: options.dispatcher }),
  });
  const writer = createIntakeWriter(options.db, {
    startNow: options.startWriterNow ?? false,
    channels: notifications.channels,
  });
  // Whatever is queued reaches the disk before the database closes.
  app.addHook('onClose', () => writer.close());
  app.addHook('onClose', () => notifications.stop());
  intakeRoutes(app, {
    writer: notifications.channels.length > 0 ? announcing(writer, notifications) : writer,
    rateLimit: options.intakeRateLimit ?? 30,
    ...(options.now && { now: options.now }),
  });

  fhirRoutes(app, { linkBase });
  staffRoutes(app, {
    db: options.db,
    linkBase,
    notifications,
    mfaPolicy: options.staffMfa ?? 'admins',
    ...(options.publicUrl !== undefined && { publicOrigin: new URL(options.publicUrl).origin }),
  });
  // Sign-in counts whose window has passed are dropped every 10 minutes.
  const sweep = setInterval(
    () => {
      Promise.all([sweepAttempts(options.db.db), sweepChallenges(options.db.db)]).catch(
        (error: unknown) =>
          app.log.warn({ err: { name: (error as Error).name } }, 'sweeping sign-in counts failed'),
      );
    },
    10 * 60 * 1000,
  );
  sweep.unref();
  app.addHook('onClose', () => clearInterval(sweep));
  if (options.retention) {
    const retention = startRetentionJob({
      ...options.retention,
      db: options.db,
      log: app.log,
      ...(options.now && { now: options.now }),
    });
    app.addHook('onClose', () => retention.stop());
  }

  registerBrandedAssets(app, {
    brandColor: options.clinic.brandColor,
    widgetFile: options.widgetFile,
  });

  const { clientDir } = options;
  if (clientDir !== undefined && existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: clientDir,
      index: ['index.html'],
      wildcard: false,
      preCompressed: true,
      // Built assets carry a content hash in their names: cache them for good. Pages stay fresh.
      cacheControl: false,
      setHeaders: (response, path) => {
        response.setHeader(
          'Cache-Control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/embed', (_request, reply) => reply.sendFile('index.html'));
    app.get('/staff', (_request, reply) => reply.sendFile('staff.html'));
  }
  await app.ready();
  notifications.start();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface RouteEntry {
  method: string;
  url: string;
  /** Stated by the route; every route under /api/staff has one (deny by default). */
  readonly access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    /** Words for this request's log line, never health data or contact details. */
    logDetail: Record<string, string> | undefined;
  }
}
