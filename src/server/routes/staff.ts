import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import type { Contact } from '../../api/contract';
import { verdicts, type Answers, type Assessment } from '../../rules';
import type { Db } from '../db/database';
import { intakesQuery } from '../db/intakes';
import { HttpError } from '../errors';
import { questionnaire, questionnaireId, questionnaireResponse } from '../fhir';
import {
  AccountError,
  absoluteTimeoutMs,
  authenticate,
  login,
  logout,
  setupFirstAdmin,
  type StaffUser,
} from '../staff/accounts';
import { audit, listAudit } from '../staff/audit';

// The staff API. Every route under /api/staff except login answers 401 without a valid session;
// state-changing requests from another origin are refused (403).

export const sessionCookie = 'ipm_staff';
const statuses = ['new', 'contacted', 'scheduled', 'closed'] as const;

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
  }
}

function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number) {
  reply.header(
    'Set-Cookie',
    `${sessionCookie}=${encodeURIComponent(token)}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAgeSeconds}`,
  );
}

/** Refuses a state-changing request that a browser says came from another site. */
function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

const loginSchema = z.strictObject({
  email: z.string().check(z.maxLength(254)),
  password: z.string().check(z.maxLength(1024)),
});
const listQuery = z.object({
  status: z.optional(z.enum(statuses)),
  verdict: z.optional(z.enum(verdicts)),
  q: z.optional(z.string().check(z.maxLength(100))),
  /** Received on or after this day (YYYY-MM-DD, UTC). */
  from: z.optional(z.iso.date()),
  /** Received on or before this day (YYYY-MM-DD, UTC). */
  to: z.optional(z.iso.date()),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
});
const patchSchema = z.strictObject({
  status: z.optional(z.enum(statuses)),
  note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(5000))),
});

/** One CSV line; cells that a spreadsheet would run as a formula are neutralised. */
function csvLine(cells: string[]): string {
  return cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return `"${safe.replace(/"/g, '""')}"`;
    })
    .join(',');
}

const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const publicStaffRoutes = new Set(['POST /api/staff/login', 'POST /api/staff/setup']);

export function staffRoutes(app: FastifyInstance, options: { db: Db }) {
  const db = options.db.db;
  /** When each person's list view (with its filters) was last written to the audit log. */
  const listAudited = new Map<string, number>();

  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/staff/') && path !== '/api/staff') return;
    if (request.method !== 'GET' && request.method !== 'HEAD' && !sameOrigin(request)) {
      throw new HttpError(
        403,
        'cross_origin',
        'This request must come from the staff inbox itself.',
      );
    }
    if (publicStaffRoutes.has(`${request.method} ${path}`)) return;
    const token = readCookie(request, sessionCookie);
    const staff = token === undefined ? undefined : await authenticate(db, token);
    if (!staff) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
    request.staff = staff;
  });

  app.post(
    '/api/staff/login',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = loginSchema.safeParse(request.body);
      if (!body.success)
        throw new HttpError(400, 'invalid_request', 'Send an email and a password.');
      const outcome = await login(db, body.data.email, body.data.password, request.ip);
      if (outcome.kind === 'ok') {
        await audit(db, { actor: outcome.user, action: 'login', ip: request.ip });
        setSessionCookie(reply, outcome.token, absoluteTimeoutMs / 1000);
        return { user: outcome.user };
      }
      await audit(db, {
        actor: { id: null, email: body.data.email.trim().toLowerCase().slice(0, 254) },
        action: outcome.kind === 'locked' ? 'loginLocked' : 'loginFailed',
        ip: request.ip,
      });
      if (outcome.kind === 'locked') {
        throw new HttpError(
          423,
          'locked',
          'Too many failed attempts: this account is locked for 15 minutes.',
        );
      }
      throw new HttpError(401, 'invalid_credentials', 'The email or the password is not right.');
    },
  );

  app.post(
    '/api/staff/setup',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = z
        .strictObject({
          token: z.string().check(z.maxLength(100)),
          email: z.string().check(z.maxLength(254)),
          password: z.string().check(z.maxLength(1024)),
        })
        .safeParse(request.body);
      if (!body.success)
        throw new HttpError(
          400,
          'invalid_request',
          'Send the set-up token, an email and a password.',
        );
      try {
        await setupFirstAdmin(db, body.data.token, body.data.email, body.data.password);
      } catch (error) {
        if (error instanceof AccountError) throw new HttpError(400, 'setup_refused', error.message);
        throw error;
      }
      const outcome = await login(db, body.data.email, body.data.password, request.ip);
      if (outcome.kind !== 'ok')
        throw new HttpError(500, 'internal', 'The account was created but could not sign in.');
      await audit(db, {
        actor: outcome.user,
        action: 'login',
        detail: 'first administrator created',
        ip: request.ip,
      });
      setSessionCookie(reply, outcome.token, absoluteTimeoutMs / 1000);
      return reply.status(201).send({ user: outcome.user });
    },
  );

  app.post('/api/staff/logout', async (request, reply) => {
    const token = readCookie(request, sessionCookie);
    if (token !== undefined) await logout(db, token);
    await audit(db, { actor: request.staff ?? null, action: 'logout', ip: request.ip });
    setSessionCookie(reply, '', 0);
    return reply.status(204).send();
  });

  app.get('/api/staff/me', (request) => ({ user: request.staff }));

  app.get('/api/staff/intakes', async (request) => {
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The filters are not valid.');
    const { cursor, limit } = query.data;
    let select = intakesQuery(db, query.data)
      .select([
        'id',
        'reference',
        'verdict',
        'status',
        'created_at',
        'first_name',
        'last_name',
        'priority',
      ])
      .limit(limit + 1);
    if (cursor) {
      const [priority, createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
      const p = Number(priority);
      if (!createdAt || !id || Number.isNaN(p))
        throw new HttpError(400, 'invalid_request', 'The cursor is not valid.');
      select = select.where((eb) =>
        eb.or([
          eb('priority', '>', p),
          eb.and([eb('priority', '=', p), eb('created_at', '<', createdAt)]),
          eb.and([eb('priority', '=', p), eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    const rows = await select.execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const newCount = await db
      .selectFrom('intakes')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', 'new')
      .executeTakeFirstOrThrow();
    // The inbox refreshes every second: the audit log records a list view when its filters change
    // or at most every 5 minutes, not each refresh. The search text, a name, is never written there.
    const shown = `status=${query.data.status ?? 'all'} verdict=${query.data.verdict ?? 'all'}${query.data.q ? ' search' : ''}`;
    const key = `${request.staff?.id ?? ''} ${shown}`;
    const lastAudited = listAudited.get(key);
    if (lastAudited === undefined || Date.now() - lastAudited >= 5 * 60 * 1000) {
      listAudited.set(key, Date.now());
      await audit(db, {
        actor: request.staff ?? null,
        action: 'listIntakes',
        detail: shown,
        ip: request.ip,
      });
    }
    return {
      items: page.map((row) => ({
        id: row.id,
        reference: row.reference,
        verdict: row.verdict,
        status: row.status,
        createdAt: row.created_at,
        name: `${row.first_name} ${row.last_name}`,
      })),
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(`${last.priority}|${last.created_at}|${last.id}`).toString('base64url')
          : null,
      newCount: Number(newCount.n),
    };
  });

  app.get('/api/staff/intakes.csv', async (request, reply) => {
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The filters are not valid.');
    const rows = await intakesQuery(db, query.data).selectAll().limit(10_000).execute();
    await audit(db, {
      actor: request.staff ?? null,
      action: 'exportCsv',
      detail: `${rows.length} intakes`,
      ip: request.ip,
    });
    const header = [
      'reference',
      'received',
      'verdict',
      'status',
      'first name',
      'last name',
      'date of birth',
      'phone',
      'email',
      'preferred contact',
      'best time',
      'procedures',
      'cautions',
      'language',
    ];
    const lines = rows.map((row) => {
      const contact = JSON.parse(row.contact) as Contact;
      const assessment = JSON.parse(row.assessment) as Assessment;
      return [
        row.reference,
        row.created_at,
        row.verdict,
        row.status,
        contact.firstName,
        contact.lastName,
        contact.dateOfBirth,
        contact.phone,
        contact.email ?? '',
        contact.preferredContact,
        contact.bestTime,
        assessment.procedures.map((p) => `${p.id} (${p.fit})`).join('; '),
        assessment.cautions.map((c) => c.id).join('; '),
        row.locale,
      ];
    });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="intakes.csv"')
      .send([header, ...lines].map(csvLine).join('\r\n') + '\r\n');
  });

  const intakeParams = z.object({ id: z.uuid() });

  /** The intake named by the route's :id, or a 404. */
  async function intakeFor(request: FastifyRequest) {
    const params = intakeParams.safeParse(request.params);
    const row = params.success
      ? await db
          .selectFrom('intakes')
          .selectAll()
          .where('id', '=', params.data.id)
          .executeTakeFirst()
      : undefined;
    if (!row) throw new HttpError(404, 'not_found', 'There is no such intake.');
    return row;
  }

  app.get('/api/staff/intakes/:id', async (request) => {
    const row = await intakeFor(request);
    const notes = await db
      .selectFrom('intake_notes')
      .selectAll()
      .where('intake_id', '=', row.id)
      .orderBy('created_at', 'asc')
      .execute();
    await audit(db, {
      actor: request.staff ?? null,
      action: 'viewIntake',
      intakeId: row.id,
      ip: request.ip,
    });
    return {
      id: row.id,
      reference: row.reference,
      createdAt: row.created_at,
      verdict: row.verdict,
      status: row.status,
      locale: row.locale,
      rulesetVersion: row.ruleset_version,
      answers: JSON.parse(row.answers) as unknown,
      contact: JSON.parse(row.contact) as unknown,
      assessment: JSON.parse(row.assessment) as unknown,
      notes: notes.map((n) => ({
        id: n.id,
        author: n.author_email,
        body: n.body,
        createdAt: n.created_at,
      })),
    };
  });

  app.patch('/api/staff/intakes/:id', async (request) => {
    const row = await intakeFor(request);
    const body = patchSchema.safeParse(request.body);
    if (!body.success || (body.data.status === undefined && body.data.note === undefined)) {
      throw new HttpError(
        400,
        'invalid_request',
        'Send a status (new, contacted, scheduled, closed) or a note.',
      );
    }
    const staff = request.staff;
    if (!staff) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
    const now = new Date().toISOString();
    const { status, note } = body.data;
    await db.transaction().execute(async (trx) => {
      if (status !== undefined && status !== row.status) {
        await trx.updateTable('intakes').set({ status }).where('id', '=', row.id).execute();
        await audit(trx, {
          actor: staff,
          action: 'changeStatus',
          intakeId: row.id,
          detail: `${row.status} → ${status}`,
          ip: request.ip,
        });
      }
      if (note !== undefined) {
        await trx
          .insertInto('intake_notes')
          .values({
            id: randomUUID(),
            intake_id: row.id,
            author_id: staff.id,
            author_email: staff.email,
            body: note,
            created_at: now,
          })
          .execute();
        await audit(trx, { actor: staff, action: 'addNote', intakeId: row.id, ip: request.ip });
      }
    });
    return { ok: true };
  });

  app.get('/api/staff/intakes/:id/fhir', async (request, reply) => {
    const row = await intakeFor(request);
    await audit(db, {
      actor: request.staff ?? null,
      action: 'exportFhir',
      intakeId: row.id,
      ip: request.ip,
    });
    const resource = questionnaireResponse(
      {
        id: row.id,
        reference: row.reference,
        createdAt: row.created_at,
        answers: JSON.parse(row.answers) as Answers,
        contact: JSON.parse(row.contact) as Contact,
        assessment: JSON.parse(row.assessment) as Assessment,
      },
      baseUrl(request),
    );
    return reply.header('content-type', 'application/fhir+json; charset=utf-8').send(resource);
  });

  app.get('/api/fhir/Questionnaire/:id', async (request, reply) => {
    if ((request.params as { id?: string }).id !== questionnaireId)
      throw new HttpError(404, 'not_found', 'There is no such questionnaire.');
    return reply
      .header('content-type', 'application/fhir+json; charset=utf-8')
      .send(questionnaire(baseUrl(request)));
  });

  app.get('/api/staff/audit', async (request) => {
    if (request.staff?.role !== 'admin')
      throw new HttpError(403, 'forbidden', 'Only administrators can read the audit log.');
    const query = z
      .object({ before: z.optional(z.coerce.number().check(z.int())) })
      .safeParse(request.query);
    await audit(db, { actor: request.staff, action: 'viewAudit', ip: request.ip });
    return {
      items: await listAudit(db, {
        limit: 100,
        ...(query.success && query.data.before !== undefined && { before: query.data.before }),
      }),
    };
  });
}
