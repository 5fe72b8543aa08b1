import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { intakeRequestSchema, type IntakeRequest } from '../src/api/contract';
import { validRequest } from '../src/server/testing/requests.testing';
import type { Measurement } from './measurement';
import { count, freshPostgresDatabase } from '../tests/servers';
import { startServer } from './server';
import { join } from 'node:path';
import type { DbConfig } from '../src/server/db/database';
import { openDatabase } from '../src/server/db/open';
import { addStaff } from '../src/server/staff/accounts';

// POST /api/intakes under load with autocannon: valid, distinct intakes, each with its own
// idempotency key, against the built server with full durability; GET /api/health on the same
// server for comparison. Afterwards the stored intakes are counted: every 201 must be there.

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Concurrent connections: far more patients sending at once than a clinic group ever has. */
const CONNECTIONS = 48;

async function load(
  url: string,
  duration: number,
  request: autocannon.Request,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [request],
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Valid requests, each different (the message carries a counter), with fresh keys. */
function intakeRequests(): autocannon.Request {
  const variants: IntakeRequest[] = [
    validRequest(),
    validRequest((a) => {
      a.locations = ['neck'];
      delete a.back;
      a.neck = { armPain: 'belowElbow', worseWith: [], diagnoses: [], priorSurgery: false };
    }),
    validRequest((a) => {
      a.painAverage = 3;
      a.treatments.exercise = 'lastingRelief';
    }),
    validRequest((a) => {
      a.history = ['diabetes', 'bloodThinners'];
      a.bloodThinnerKinds = ['aspirin', 'doac'];
    }),
    // Answers version 2 at its fullest: earlier procedures, imaging, steroid courses, mood.
    validRequest((a) => {
      a.treatments.injections = 'temporaryRelief';
      a.priorProcedures = [
        { kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' },
        { kind: 'facetOrMedialBranchBlock', relief: 'under50', lasted: 'underOneDay' },
      ];
      a.imaging = 'mriOrCtWithin2Years';
      a.steroidInjectionsPast12Months = 2;
      a.steroidCoursesPast12Months = 1;
      a.mood = { phq2: [1, 2], gad2: [2, 1], selfHarmThoughts: false };
    }),
  ];
  // A body the contract refuses would be measured as a fast 400: refuse to bench it instead.
  for (const variant of variants) {
    const checked = intakeRequestSchema.safeParse(variant);
    if (!checked.success) throw new Error(`bench intake not valid: ${checked.error.message}`);
  }
  const bodies = variants.map((v) =>
    JSON.stringify({ ...v, contact: { ...v.contact, message: '#N#' } }),
  );
  let n = 0;
  return {
    method: 'POST',
    path: '/api/intakes',
    setupRequest: (request) => {
      n++;
      return {
        ...request,
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: bodies[n % bodies.length]!.replace('#N#', `Bench request ${n}`),
      };
    },
  };
}

/**
 * A webhook receiver in a process of its own (as the clinic's would be on another machine): it
 * answers 204 to everything, so what is measured is the server's side of the delivery.
 */
async function startReceiver(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => { s.statusCode = 204; s.end(); }); })
        .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [port] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: `http://127.0.0.1:${port.toString().trim()}/hooks`, child };
}

/**
 * The staff inbox's first page (50 intakes, each opened with its data key) under load: a staff
 * account made as `npm run staff -- add` makes it, signed in over HTTP. Eight connections: a
 * clinic's whole front desk refreshing at once, many times over.
 */
async function benchInbox(
  url: string,
  config: DbConfig,
  keyFile: string,
  duration: number,
): Promise<LoadResult> {
  const email = 'bench@clinic.example';
  const password = 'inbox bench passphrase here';
  const db = await openDatabase(config, { kind: 'file', path: keyFile });
  await addStaff(db.db, { email, role: 'staff', password });
  await db.close();
  const login = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`bench sign-in: ${login.status}`);
  const cookie = /ipm_staff=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const request = { method: 'GET', path: '/api/staff/intakes', headers: { cookie } } as const;
  await load(url, 2, request, 8);
  return load(url, duration, request, 8);
}

export async function benchIntakes(
  kind: 'sqlite' | 'postgres',
  options: { duration?: number; databaseUrl?: string; webhooks?: boolean } = {},
): Promise<{
  measurements: Measurement[];
  intake: LoadResult;
  health: LoadResult;
  stored: number;
}> {
  const duration = options.duration ?? 10;
  const postgres =
    kind === 'postgres'
      ? await freshPostgresDatabase(options.databaseUrl ?? '', 'ipm_bench')
      : undefined;
  const databaseUrl = postgres?.url;
  const receiver = options.webhooks ? await startReceiver() : undefined;
  const server = await startServer({
    INTAKE_RATE_LIMIT: String(1_000_000_000),
    LOG_LEVEL: 'info',
    ...(databaseUrl && { DATABASE_URL: databaseUrl }),
    ...(receiver && {
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: `whsec_${randomBytes(32).toString('base64')}`,
    }),
  });
  try {
    // Warm up both routes (the JIT, the connections, the database file), then measure each alone.
    await load(server.url, 2, { method: 'GET', path: '/api/health' });
    const health = await load(server.url, duration, { method: 'GET', path: '/api/health' });
    const requests = intakeRequests();
    const warmup = await load(server.url, 3, requests);
    const intake = await load(server.url, duration, requests);
    // Every 201 of both runs must be in the database (a few more may be: answered after the end).
    const stored = await count(
      databaseUrl ? { postgres: databaseUrl } : { sqlite: server.dataDir },
      'select count(*) as n from intakes',
    );
    const acknowledged = warmup.requests - warmup.non2xx + intake.requests - intake.non2xx;
    const label = `${kind === 'sqlite' ? 'SQLite, synchronous=FULL' : 'PostgreSQL'}${receiver ? ', webhooks on' : ''}`;
    const store = databaseUrl ? { postgres: databaseUrl } : { sqlite: server.dataDir };
    // With webhooks on: how long the outbox takes to drain once the load stops, and whether every
    // intake's message was delivered (within a minute).
    const drain = async () => {
      const started = Date.now();
      let waiting = Number.POSITIVE_INFINITY;
      while (Date.now() - started < 60_000) {
        waiting = await count(
          store,
          'select count(*) as n from outbox where delivered_at is null and failed_at is null',
        );
        if (waiting === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const delivered = await count(
        store,
        'select count(*) as n from outbox where delivered_at is not null',
      );
      return {
        seconds: (Date.now() - started) / 1000,
        undelivered: Math.max(0, stored - delivered),
      };
    };
    const webhooks = receiver ? await drain() : undefined;
    const inbox = receiver
      ? undefined
      : await benchInbox(
          server.url,
          databaseUrl
            ? { kind: 'postgres', url: databaseUrl }
            : { kind: 'sqlite', file: join(server.dataDir, 'intake.db') },
          join(server.dataDir, 'data.key'),
          duration,
        );
    const measurements: Measurement[] = [
      {
        name: `POST /api/intakes per second (${label})`,
        value: intake.perSecond,
        unit: 'req/s',
        ...(kind === 'sqlite' && !receiver && { budget: { atLeast: 2000 } }),
      },
      {
        name: `POST /api/intakes p50 latency (${label})`,
        value: intake.p50,
        unit: 'ms',
      },
      {
        name: `POST /api/intakes p99 latency (${label})`,
        value: intake.p99,
        unit: 'ms',
        ...(kind === 'sqlite' && !receiver && { budget: { atMost: 50 } }),
      },
      {
        name: `POST /api/intakes errors and non-2xx (${label})`,
        value: warmup.errors + warmup.non2xx + intake.errors + intake.non2xx,
        unit: '',
        budget: { atMost: 0 },
      },
      {
        name: `POST /api/intakes acknowledged (201) but not stored (${label})`,
        value: Math.max(0, acknowledged - stored),
        unit: '',
        budget: { atMost: 0 },
      },
      {
        name: `GET /api/health per second (same server, ${label})`,
        value: health.perSecond,
        unit: 'req/s',
      },
      {
        name: `POST /api/intakes : GET /api/health (${label})`,
        value: Math.round((intake.perSecond / health.perSecond) * 100) / 100,
        unit: '',
      },
      ...(inbox
        ? [
            {
              name: `GET /api/staff/intakes, 50 intakes opened, per second (${label})`,
              value: inbox.perSecond,
              unit: 'req/s',
            },
            {
              name: `GET /api/staff/intakes p99 latency, 8 connections (${label})`,
              value: inbox.p99,
              unit: 'ms',
            },
            {
              name: `GET /api/staff/intakes errors and non-2xx (${label})`,
              value: inbox.errors + inbox.non2xx,
              unit: '',
              budget: { atMost: 0 },
            },
          ]
        : []),
      ...(webhooks
        ? [
            {
              name: `Webhooks still undelivered 60 s after the load (${label})`,
              value: webhooks.undelivered,
              unit: '',
              budget: { atMost: 0 },
            },
            {
              name: `Seconds for the outbox to drain after the load (${label})`,
              value: Math.round(webhooks.seconds * 10) / 10,
              unit: 's',
            },
          ]
        : []),
    ];
    return { measurements, intake, health, stored };
  } finally {
    await server.stop();
    await postgres?.drop();
    receiver?.child.kill();
  }
}
