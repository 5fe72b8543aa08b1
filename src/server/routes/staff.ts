import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hiddenCharactersMessage, type StoredAnswers } from '../../api/contract';
import {
  bestTimeWords,
  clinicalSummary,
  labelOr,
  preferredContactWords,
  shortWarningSign,
  verdictWords,
} from '../../api/clinical-summary';
import {
  auditQuery,
  intakeParams,
  listQuery,
  loginSchema,
  mfaCodeSchema,
  noWordsMessage,
  patchSchema,
  questionnaireReadQuery,
  questionnaireSearchQuery,
  setupSchema,
  statusWords,
  type ListQuery,
} from '../../api/staff-contract';
import type { Verdict } from '../../rules';
import { intakeRecord, intakesQuery, openRow, verdictPriority } from '../db/intakes';
import { openIntakeWith, openNote, sealNote, type VaultedDb } from '../crypto/vault';
import { HttpError, invalidFields } from '../errors';
import {
  questionnaire,
  questionnaireBundle,
  questionnaireId,
  questionnaireIdOf,
  questionnaireResponse,
  questionnaireUrl,
  questionnaireVersions,
} from '../fhir';
import {
  AccountError,
  SetupLinkGone,
  absoluteTimeoutMs,
  authenticate,
  login,
  loginSecondStep,
  logout,
  openSession,
  setupFirstAdmin,
  type StaffUser,
} from '../staff/accounts';
import { audit, listAudit } from '../staff/audit';
import {
  MfaError,
  beginEnrolment,
  challengeTtlMs,
  confirmEnrolment,
  mfaRequiredFor,
  mfaState,
  type MfaPolicy,
} from '../staff/mfa';
import { enqueueStatusChange, type Notifications } from '../notify/outbox';
import { deliveryRoutes } from './deliveries';

// The staff API, denied by default by construction: every route lives inside one encapsulated
// plugin whose onRequest hook demands a session (and the admin role where the route says so). The
// router decides which routes that hook guards, so no spelling of a URL slips past it, and a route
// added later is guarded without anyone remembering to. A route open without a session says so
// in its config (`access: 'public'`), which the app's route table shows and the tests read.

export const sessionCookie = 'ipm_staff';
/**
 * The step between a right password and the code (accounts with a second factor): sent only to
 * the sign-in routes, for 5 minutes. It is no session: the guard never reads it.
 */
export const challengeCookie = 'ipm_staff_mfa';
const challengePath = '/api/staff/login';

/**
 * Who may use a route: anyone; any session, even one that must enrol a second factor before
 * anything else (enrolment, sign-out, who am I); a session that may use the inbox; administrators.
 */
export type Access = 'public' | 'enrolment' | 'staff' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
    /** The signed-in account's second factor: on, and whether the clinic asks it for one. */
    staffMfa?: { enabled: boolean; required: boolean };
  }
  interface FastifyContextConfig {
    /** Inside the staff plugin, absent means 'staff'. */
    access?: Access;
  }
}

/** A cookie's value, or undefined when it is absent or not validly encoded (no session). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number) {
  reply.header(
    'Set-Cookie',
    `${sessionCookie}=${encodeURIComponent(token)}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAgeSeconds}`,
  );
}

function setChallengeCookie(reply: FastifyReply, token: string, maxAgeSeconds: number) {
  reply.header(
    'Set-Cookie',
    `${challengeCookie}=${encodeURIComponent(token)}; Path=${challengePath}; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAgeSeconds}`,
  );
}

/**
 * Refuses a state-changing request that a browser says came from another site. With PUBLIC_URL
 * set, the Origin must be exactly its origin (scheme, host and port); without it, the host the
 * request was sent to stands in.
 */
function sameOrigin(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return publicOrigin !== undefined
      ? url.origin === publicOrigin
      : url.host === request.headers.host;
  } catch {
    return false;
  }
}

/** The signed-in member of staff; the access hook has put them there on every guarded route. */
function signedIn(request: FastifyRequest): StaffUser {
  if (!request.staff) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
  return request.staff;
}

/** One CSV line; cells that a spreadsheet would run as a formula are neutralised. */
function csvLine(cells: string[]): string {
  return cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return `"${safe.replace(/"/g, '""')}"`;
    })
    .join(',');
}

export interface StaffRouteOptions {
  db: VaultedDb;
  /** The base of every absolute URL the server builds (PUBLIC_URL, or the local address). */
  linkBase: string;
  /** PUBLIC_URL's origin, when set: the only origin that may change anything. */
  publicOrigin?: string;
  /** The notification channels configured (status changes are announced); none when omitted. */
  notifications?: Notifications;
  /** STAFF_MFA: who must have a second factor before anything but enrolment answers them. */
  mfaPolicy: MfaPolicy;
}

/**
 * The FHIR Questionnaires the exports point to: public, they hold no patient's data. Every ruleset
 * has one, under one canonical URL (`…/Questionnaire/ipm-candidacy`) told apart by `version`:
 * - read by id: `ipm-candidacy` is the current one, `ipm-candidacy-2026.1` the earlier one;
 * - the canonical URL with `?version=2026.1` dereferences a response's `questionnaire`
 *   (`url|version`) in one request;
 * - search: `GET /api/fhir/Questionnaire?url=…&version=…` answers a searchset Bundle.
 */
export function fhirRoutes(app: FastifyInstance, options: { linkBase: string }) {
  const fhirJson = 'application/fhir+json; charset=utf-8';
  const url = questionnaireUrl(options.linkBase);

  app.get(
    '/api/fhir/Questionnaire/:id',
    { config: { access: 'public' } },
    async (request, reply) => {
      const id = (request.params as { id?: string }).id;
      const query = questionnaireReadQuery.safeParse(request.query);
      const asked = query.success ? query.data.version : undefined;
      const version = questionnaireVersions.find((v) =>
        asked === undefined ? questionnaireIdOf(v) === id : id === questionnaireId && v === asked,
      );
      if (version === undefined)
        throw new HttpError(404, 'not_found', 'There is no such questionnaire (or version).');
      return reply.header('content-type', fhirJson).send(questionnaire(options.linkBase, version));
    },
  );

  app.get('/api/fhir/Questionnaire', { config: { access: 'public' } }, async (request, reply) => {
    const query = questionnaireSearchQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The search is not valid.');
    // A canonical search may carry the version in the URL itself: `url=…|2026.1`.
    const [searchUrl, pipedVersion] = (query.data.url ?? '').split('|');
    const version = query.data.version ?? pipedVersion;
    const matches = questionnaireVersions.filter(
      (v) => (!searchUrl || searchUrl === url) && (version === undefined || v === version),
    );
    const params = new URLSearchParams();
    if (query.data.url !== undefined) params.set('url', query.data.url);
    if (query.data.version !== undefined) params.set('version', query.data.version);
    return reply
      .header('content-type', fhirJson)
      .send(
        questionnaireBundle(
          options.linkBase,
          `${options.linkBase}/api/fhir/Questionnaire${params.size > 0 ? `?${params.toString()}` : ''}`,
          matches,
        ),
      );
  });
}

export function staffRoutes(app: FastifyInstance, options: StaffRouteOptions) {
  void app.register(
    (staff, _opts, done) => {
      staff.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: route.config?.access ?? 'staff' };
      });
      // Cross-site requests that change state are refused before anything else, signed in or not.
      staff.addHook('onRequest', (request, _reply, next) => {
        const changes = request.method !== 'GET' && request.method !== 'HEAD';
        next(
          changes && !sameOrigin(request, options.publicOrigin)
            ? new HttpError(
                403,
                'cross_origin',
                'This request must come from the staff inbox itself.',
              )
            : undefined,
        );
      });
      staff.addHook('onRequest', async (request) => {
        const access = request.routeOptions.config.access ?? 'staff';
        if (access === 'public') return;
        const token = readCookie(request.headers.cookie, sessionCookie);
        const session = token === undefined ? undefined : await authenticate(options.db.db, token);
        if (!session) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
        const { user, mfaEnabled } = session;
        // An account the clinic asks for a second factor, without one, reaches the routes that
        // say `access: 'enrolment'` and nothing else until it has enrolled.
        const required = mfaRequiredFor(options.mfaPolicy, user.role);
        if (required && !mfaEnabled && access !== 'enrolment')
          throw new HttpError(
            403,
            'mfa_enrolment_required',
            'Set up two-step sign-in first: this clinic asks for it before the inbox opens.',
          );
        if (access === 'admin' && user.role !== 'admin')
          throw new HttpError(403, 'forbidden', 'Only administrators can do this.');
        request.staff = user;
        request.staffMfa = { enabled: mfaEnabled, required };
      });
      staffApi(staff, options);
      done();
    },
    { prefix: '/api/staff' },
  );
}

/** The routes themselves, registered inside the guarded plugin (paths relative to /api/staff). */
function staffApi(app: FastifyInstance, options: StaffRouteOptions) {
  const db = options.db.db;
  const { vault } = options.db;
  /** What each person's list view last wrote to the audit log, and when. */
  const listAudited = new Map<string, { shown: string; at: number }>();

  // The database counts failures (see throttle.ts); this per-instance limit only keeps a flood
  // of requests from reaching it at all.
  const loginConfig = {
    access: 'public',
    rateLimit: { max: 60, timeWindow: '1 minute' },
  } as const;
  app.post('/login', { config: loginConfig }, async (request, reply) => {
    const body = loginSchema.safeParse(request.body);
    if (!body.success) throw new HttpError(400, 'invalid_request', 'Send an email and a password.');
    const outcome = await login(db, body.data.email, body.data.password, request.ip);
    if (outcome.kind === 'ok') {
      await audit(db, { actor: outcome.user, action: 'login', ip: request.ip });
      setSessionCookie(reply, outcome.token, absoluteTimeoutMs / 1000);
      return { user: outcome.user };
    }
    if (outcome.kind === 'secondFactor') {
      setChallengeCookie(reply, outcome.challenge, challengeTtlMs / 1000);
      return { mfaRequired: true as const };
    }
    const actions = {
      invalid: 'loginFailed',
      locked: 'loginLocked',
      throttled: 'loginThrottled',
    } as const;
    // A refusal is written once a window (the first one), so refused attempts, which cost an
    // attacker nothing, cannot flood the audit log; every checked failure is written.
    if (outcome.kind === 'invalid' || outcome.firstRefusal)
      await audit(db, {
        // By code point: cutting UTF-16 units could split a character in two.
        actor: {
          id: null,
          email: Array.from(body.data.email.trim().toLowerCase()).slice(0, 254).join(''),
        },
        action: actions[outcome.kind],
        ip: request.ip,
      });
    switch (outcome.kind) {
      case 'locked':
        throw new HttpError(
          423,
          'locked',
          'Too many failed attempts with this email: signing in with it is paused for 15 minutes.',
        );
      case 'throttled':
        throw new HttpError(
          429,
          'rate_limited',
          'Too many failed sign-ins from this network: please wait 15 minutes and try again.',
        );
      case 'invalid':
        throw new HttpError(401, 'invalid_credentials', 'The email or the password is not right.');
    }
  });

  // The code step of a sign-in with a second factor: public, as /login is; what it needs is the
  // pre-session cookie that the right password set, which it reads itself.
  app.post('/login/mfa', { config: loginConfig }, async (request, reply) => {
    const body = mfaCodeSchema.safeParse(request.body);
    if (!body.success)
      throw new HttpError(400, 'invalid_request', 'Send the code from the authenticator app.');
    const challenge = readCookie(request.headers.cookie, challengeCookie);
    const outcome =
      challenge === undefined
        ? ({ kind: 'expired' } as const)
        : await loginSecondStep(db, vault.staffSecrets, challenge, body.data.code, request.ip);
    switch (outcome.kind) {
      case 'ok': {
        setChallengeCookie(reply, '', 0);
        if (outcome.with === 'recoveryCode') {
          const { recoveryCodesLeft } = await mfaState(db, outcome.user.id);
          await audit(db, {
            actor: outcome.user,
            action: 'useRecoveryCode',
            detail: `${recoveryCodesLeft} left`,
            ip: request.ip,
          });
        }
        await audit(db, {
          actor: outcome.user,
          action: 'login',
          detail: outcome.with === 'totp' ? 'with an authenticator code' : 'with a recovery code',
          ip: request.ip,
        });
        setSessionCookie(reply, outcome.token, absoluteTimeoutMs / 1000);
        return { user: outcome.user };
      }
      case 'expired':
        setChallengeCookie(reply, '', 0);
        throw new HttpError(
          401,
          'mfa_sign_in_expired',
          'This sign-in has expired (the code is asked for within 5 minutes). Sign in again with your password.',
        );
      case 'invalid':
        await audit(db, {
          actor: outcome.user,
          action: 'loginFailed',
          detail: 'wrong code',
          ip: request.ip,
        });
        throw new HttpError(
          401,
          'invalid_code',
          'That code is not right, or was used already. Try the newest code from the app.',
        );
      case 'locked':
        if (outcome.firstRefusal)
          await audit(db, { actor: outcome.user, action: 'loginLocked', ip: request.ip });
        throw new HttpError(
          423,
          'locked',
          'Too many failed attempts with this email: signing in with it is paused for 15 minutes.',
        );
      case 'throttled':
        if (outcome.firstRefusal)
          await audit(db, { actor: outcome.user, action: 'loginThrottled', ip: request.ip });
        throw new HttpError(
          429,
          'rate_limited',
          'Too many failed sign-ins from this network: please wait 15 minutes and try again.',
        );
    }
  });

  // Enrolment: reachable by any session, also one the clinic sends to enrol before anything else.
  const enrolment = { config: { access: 'enrolment' } } as const;

  app.post('/mfa/enroll', enrolment, async (request) => {
    try {
      return await beginEnrolment(db, vault.staffSecrets, signedIn(request));
    } catch (error) {
      if (error instanceof MfaError) throw new HttpError(409, error.code, error.message);
      throw error;
    }
  });

  app.post('/mfa/confirm', enrolment, async (request) => {
    const body = mfaCodeSchema.safeParse(request.body);
    if (!body.success)
      throw new HttpError(400, 'invalid_request', 'Send the code from the authenticator app.');
    const staff = signedIn(request);
    let recoveryCodes: string[] | undefined;
    try {
      recoveryCodes = await confirmEnrolment(db, vault.staffSecrets, staff, body.data.code);
    } catch (error) {
      if (error instanceof MfaError) throw new HttpError(409, error.code, error.message);
      throw error;
    }
    if (recoveryCodes === undefined)
      throw new HttpError(
        400,
        'invalid_code',
        'That code is not right: check that the phone shows the time correctly, and type the newest code.',
      );
    await audit(db, {
      actor: staff,
      action: 'enrolMfa',
      detail: 'authenticator app; 10 new recovery codes',
      ip: request.ip,
    });
    return { recoveryCodes };
  });

  app.post(
    '/setup',
    { config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = setupSchema.safeParse(request.body);
      if (!body.success)
        throw new HttpError(
          400,
          'invalid_request',
          'Send the set-up token, an email and a password.',
        );
      let user: StaffUser;
      try {
        user = await setupFirstAdmin(db, body.data.token, body.data.email, body.data.password);
      } catch (error) {
        if (error instanceof SetupLinkGone)
          throw new HttpError(410, 'setup_link_gone', error.message);
        if (error instanceof AccountError) throw new HttpError(400, 'setup_refused', error.message);
        throw error;
      }
      const token = await openSession(db, user, request.ip);
      await audit(db, {
        actor: user,
        action: 'setupAdmin',
        ip: request.ip,
      });
      setSessionCookie(reply, token, absoluteTimeoutMs / 1000);
      return reply.status(201).send({ user });
    },
  );

  app.post('/logout', enrolment, async (request, reply) => {
    const token = readCookie(request.headers.cookie, sessionCookie);
    if (token !== undefined) await logout(db, token);
    await audit(db, { actor: signedIn(request), action: 'logout', ip: request.ip });
    setSessionCookie(reply, '', 0);
    return reply.status(204).send();
  });

  app.get('/me', enrolment, async (request) => {
    const user = signedIn(request);
    const { recoveryCodesLeft } = await mfaState(db, user.id);
    return {
      user,
      mfa: {
        enabled: request.staffMfa?.enabled ?? false,
        required: request.staffMfa?.required ?? false,
        recoveryCodesLeft,
      },
    };
  });

  app.get('/intakes', async (request) => {
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The filters are not valid.');
    const { cursor, limit } = query.data;
    let select = intakesQuery(db, vault, query.data)
      .select([
        'id',
        'reference',
        'verdict',
        'status',
        'created_at',
        'priority',
        'ruleset_version',
        'needs_outreach',
        'locale',
        'key_id',
        'data_key',
        'sealed',
      ])
      .limit(limit + 1);
    if (cursor) {
      const [priority, createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
      const p = Number(priority);
      if (
        !Number.isInteger(p) ||
        p < 0 ||
        p > 9 ||
        !createdAt ||
        !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt) ||
        !id ||
        !/^[0-9a-f-]{36}$/.test(id)
      )
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
    // The audit log records which intakes each list page showed. The inbox refreshes every
    // second: a page that shows the same intakes with the same filters as the last one this
    // person saw is written again only after 5 minutes. The search text (a name) never is.
    const staff = signedIn(request);
    const filters = listFilters(query.data);
    const intakes = page.map(({ id, reference }) => ({ id, reference }));
    const shown = intakes.map((i) => i.id).join(',');
    const key = `${staff.id} ${filters} ${cursor ?? ''}`;
    const seen = listAudited.get(key);
    const nowMs = Date.now();
    if (seen === undefined || seen.shown !== shown || nowMs - seen.at >= 5 * 60 * 1000) {
      await audit(db, {
        actor: staff,
        action: 'listIntakes',
        intakes,
        detail: filters,
        ip: request.ip,
      });
      // Remembered only once written: a failed write leaves the next poll to write it.
      if (listAudited.size > 10_000) listAudited.clear();
      listAudited.set(key, { shown, at: nowMs });
    }
    return {
      items: page.map((row) => {
        const { contact, answers: opened } = vault.openIntake(row);
        const answers = opened as Pick<StoredAnswers, 'age' | 'redFlags'>;
        return {
          id: row.id,
          reference: row.reference,
          verdict: row.verdict,
          status: row.status,
          createdAt: row.created_at,
          name: `${contact.firstName} ${contact.lastName}`,
          phone: contact.phone,
          age: answers.age,
          warningSigns: answers.redFlags.map(shortWarningSign),
          // Priority 0 is a self-harm "yes" whose call is not yet recorded (see the PATCH).
          sameDayCall: row.needs_outreach === 1 && row.priority === 0,
          outreachRecorded: row.needs_outreach === 1 && row.priority !== 0,
          locale: row.locale,
          rulesetVersion: row.ruleset_version,
        };
      }),
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(`${last.priority}|${last.created_at}|${last.id}`).toString('base64url')
          : null,
      newCount: Number(newCount.n),
    };
  });

  app.get('/intakes.csv', async (request, reply) => {
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The filters are not valid.');
    const rows = (
      await intakesQuery(db, vault, query.data).selectAll('intakes').limit(10_000).execute()
    ).map((row) => openRow(vault, row));
    await audit(db, {
      actor: signedIn(request),
      action: 'exportCsv',
      intakes: rows.map(({ id, reference }) => ({ id, reference })),
      detail: `${listFilters(query.data)}; ${rows.length} intakes`,
      ip: request.ip,
    });
    // Every note of the exported intakes, in order, for the notes column.
    const notesOf = new Map<string, string[]>();
    const outreachDone = new Set<string>();
    for (let at = 0; at < rows.length; at += 1000) {
      const chunk = rows.slice(at, at + 1000);
      if (chunk.length === 0) break;
      const keys = new Map(chunk.map((row) => [row.id, vault.intakeKey(row)]));
      const notes = await db
        .selectFrom('intake_notes')
        .select(['id', 'intake_id', 'author_email', 'sealed', 'created_at', 'outreach'])
        .where('intake_id', 'in', [...keys.keys()])
        .orderBy('created_at', 'asc')
        .execute();
      for (const n of notes) {
        if (n.outreach === 1) outreachDone.add(n.intake_id);
        const body = openNote(keys.get(n.intake_id) as Buffer, n);
        notesOf.set(n.intake_id, [
          ...(notesOf.get(n.intake_id) ?? []),
          `${n.created_at.slice(0, 16).replace('T', ' ')} UTC, ${n.author_email}${n.outreach === 1 ? ' (outreach record)' : ''}: ${body}`,
        ]);
      }
    }
    const header = [
      'Reference',
      'Received (UTC)',
      'Status',
      'Same-day call',
      'Verdict',
      'First name',
      'Last name',
      'Date of birth',
      'Phone',
      'Email',
      'Preferred contact',
      'Best time',
      'Summary',
      'Warning signs',
      'Mood screen',
      'Procedures',
      'Cautions',
      'Patient message',
      'Notes',
      'Language',
      'Ruleset',
    ];
    const lines = rows.map((row) => {
      const { contact } = row;
      const summary = clinicalSummary(intakeRecord(row), {
        outreachRecorded: outreachDone.has(row.id),
      });
      return [
        row.reference,
        row.created_at.slice(0, 16).replace('T', ' '),
        labelOr(statusWords, row.status),
        row.needs_outreach === 1
          ? `Yes: thoughts of self-harm (${outreachDone.has(row.id) ? 'outreach recorded' : 'no outreach record yet'})`
          : 'No',
        labelOr(verdictWords, row.verdict),
        contact.firstName,
        contact.lastName,
        contact.dateOfBirth,
        contact.phone,
        contact.email ?? '',
        preferredContactWords[contact.preferredContact],
        bestTimeWords[contact.bestTime],
        summary.line,
        summary.warningSigns.length === 0
          ? 'None'
          : summary.warningSigns.map((w) => `${w.text} (${w.level})`).join('; '),
        summary.mood,
        summary.procedures.map((p) => `${p.name} (${p.fit})`).join('; ') || 'None matched',
        summary.cautions.map((c) => c.text).join(' '),
        contact.message ?? '',
        (notesOf.get(row.id) ?? []).join('\n'),
        row.locale === 'es' ? 'Spanish' : 'English',
        row.ruleset_version,
      ];
    });
    // A byte-order mark first: without it Excel reads UTF-8 as the local code page (José → JosÃ©).
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="intakes.csv"')
      .send('\uFEFF' + [header, ...lines].map(csvLine).join('\r\n') + '\r\n');
  });

  /** The intake named by the route's :id, opened with its data key, or a 404. */
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
    const dataKey = vault.intakeKey(row);
    return { ...row, ...openIntakeWith(dataKey, row), dataKey };
  }

  app.get('/intakes/:id', async (request) => {
    const row = await intakeFor(request);
    const notes = await db
      .selectFrom('intake_notes')
      .selectAll()
      .where('intake_id', '=', row.id)
      .orderBy('created_at', 'asc')
      .execute();
    await audit(db, {
      actor: signedIn(request),
      action: 'viewIntake',
      intakeId: row.id,
      ip: request.ip,
    });
    const record = intakeRecord(row);
    const outreachRecorded = notes.some((n) => n.outreach === 1);
    return {
      id: row.id,
      reference: row.reference,
      createdAt: row.created_at,
      verdict: row.verdict,
      status: row.status,
      locale: row.locale,
      contact: row.contact,
      // Exactly as stored: a 2026.1 intake keeps its answers version 1 and its 2026.1 assessment.
      ...record,
      summary: clinicalSummary(record, { outreachRecorded }),
      /** A self-harm "yes": closing waits for a note marked as the outreach record. */
      sameDayCall: row.needs_outreach === 1,
      outreachRecorded,
      notes: notes.map((n) => ({
        id: n.id,
        author: n.author_email,
        body: openNote(row.dataKey, n),
        createdAt: n.created_at,
        outreach: n.outreach === 1,
      })),
    };
  });

  app.patch('/intakes/:id', async (request) => {
    const row = await intakeFor(request);
    const body = patchSchema.safeParse(request.body);
    if (!body.success && body.error.issues.some((i) => i.message === hiddenCharactersMessage))
      throw invalidFields(body.error.issues, 'The note has characters that cannot be kept.');
    if (!body.success && body.error.issues.some((i) => i.message === noWordsMessage))
      throw invalidFields(
        body.error.issues,
        'The note shows nothing: write what was done, in words.',
      );
    if (!body.success || (body.data.status === undefined && body.data.note === undefined)) {
      throw new HttpError(
        400,
        'invalid_request',
        'Send a status (new, contacted, scheduled, closed) or a note.',
      );
    }
    const { status, note, outreach = false } = body.data;
    if (outreach && note === undefined)
      throw new HttpError(
        400,
        'invalid_request',
        'An outreach record is a note: send the note that says how the call went.',
      );
    const staff = signedIn(request);
    const now = new Date().toISOString();
    try {
      await db.transaction().execute(async (trx) => {
        // The status as it stands now, the row held until the commit (PostgreSQL; SQLite runs one
        // transaction at a time): two people closing at once make one change, one audit entry and
        // one webhook, and a reopening in between is not overwritten unseen.
        let current = trx.selectFrom('intakes').select('status').where('id', '=', row.id);
        if (options.db.kind === 'postgres') current = current.forUpdate();
        const before = (await current.executeTakeFirstOrThrow()).status;
        // The note first: a note marked as the outreach record may close the intake in one request.
        if (note !== undefined) {
          const id = randomUUID();
          await trx
            .insertInto('intake_notes')
            .values({
              id,
              intake_id: row.id,
              author_id: staff.id,
              author_email: staff.email,
              sealed: sealNote(row.dataKey, { id, intake_id: row.id }, note),
              created_at: now,
              outreach: outreach ? 1 : 0,
            })
            .execute();
          await audit(trx, {
            actor: staff,
            action: 'addNote',
            intakeId: row.id,
            ...(outreach && { detail: 'outreach record' }),
            ip: request.ip,
          });
          // Once the call is recorded, the intake leaves the top of the list for its verdict's place.
          if (outreach && row.needs_outreach === 1)
            await trx
              .updateTable('intakes')
              .set({ priority: verdictPriority[row.verdict as Verdict] })
              .where('id', '=', row.id)
              .execute();
        }
        if (status !== undefined && status !== before) {
          if (status === 'closed' && row.needs_outreach === 1) {
            const recorded = await trx
              .selectFrom('intake_notes')
              .select('id')
              .where('intake_id', '=', row.id)
              .where('outreach', '=', 1)
              .executeTakeFirst();
            if (recorded === undefined) throw outreachRequired();
          }
          await trx.updateTable('intakes').set({ status }).where('id', '=', row.id).execute();
          await audit(trx, {
            actor: staff,
            action: 'changeStatus',
            intakeId: row.id,
            detail: `${before} → ${status}`,
            ip: request.ip,
          });
          await enqueueStatusChange(trx, options.notifications, row, status);
        }
      });
    } catch (error) {
      // The database's own guard (a trigger) says the same, should anything get past the check.
      if (error instanceof Error && error.message.includes('outreach_note_required'))
        throw outreachRequired();
      throw error;
    }
    options.notifications?.nudge();
    return { ok: true };
  });

  app.get('/intakes/:id/fhir', async (request, reply) => {
    const row = await intakeFor(request);
    await audit(db, {
      actor: signedIn(request),
      action: 'exportFhir',
      intakeId: row.id,
      ip: request.ip,
    });
    const resource = questionnaireResponse(
      {
        id: row.id,
        reference: row.reference,
        createdAt: row.created_at,
        contact: row.contact,
        ...intakeRecord(row),
        // Priority leaves 0 in the transaction that records the outreach call (see the PATCH).
        outreachRecorded: row.needs_outreach === 1 && row.priority !== 0,
      },
      options.linkBase,
    );
    return reply.header('content-type', 'application/fhir+json; charset=utf-8').send(resource);
  });

  deliveryRoutes(app, options);

  app.get('/audit', { config: { access: 'admin' } }, async (request) => {
    const query = auditQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'invalid_request', 'The filters are not valid.');
    await audit(db, {
      actor: signedIn(request),
      action: 'viewAudit',
      ...(query.data.intake !== undefined && { intakeId: query.data.intake }),
      ip: request.ip,
    });
    return {
      items: await listAudit(db, {
        limit: 100,
        ...(query.data.before !== undefined && { before: Number(query.data.before) }),
        ...(query.data.intake !== undefined && { intakeId: query.data.intake }),
      }),
    };
  });
}

const outreachRequired = () =>
  new HttpError(
    409,
    'outreach_required',
    "This patient reported thoughts of self-harm: add a note of the clinician's call, marked as the outreach record, before closing the intake.",
  );

/** The filters of a list or export, in words for the audit log (never the search text). */
function listFilters(query: ListQuery): string {
  return [
    `status=${query.status ?? 'all'}`,
    `verdict=${query.verdict ?? 'all'}`,
    ...(query.from ? [`from=${query.from}`] : []),
    ...(query.to ? [`to=${query.to}`] : []),
    ...(query.q ? ['search'] : []),
  ].join(' ');
}
