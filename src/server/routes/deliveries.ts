import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deliveriesQuery, deliveryParams } from '../../api/staff-contract';
import { HttpError } from '../errors';
import type { Db } from '../db/database';
import type { Notifications } from '../notify/outbox';
import { audit } from '../staff/audit';
import type { StaffUser } from '../staff/accounts';

// The notifications' deliveries, for administrators: those given up on (24 hours of failed
// attempts), those still being tried, those delivered; and "retry now" for one. Registered inside
// the staff plugin, so its guard holds here too; every read and retry is audited.

function signedIn(request: FastifyRequest): StaffUser {
  if (!request.staff) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
  return request.staff;
}

export function deliveryRoutes(
  app: FastifyInstance,
  options: { db: Db; notifications?: Notifications },
) {
  const db = options.db.db;

  app.get('/deliveries', { config: { access: 'admin' } }, async (request) => {
    const query = deliveriesQuery.safeParse(request.query);
    if (!query.success)
      throw new HttpError(400, 'invalid_request', 'State must be failed, pending or delivered.');
    const { state } = query.data;
    let select = db.selectFrom('outbox').selectAll().limit(100);
    select =
      state === 'failed'
        ? select.where('failed_at', 'is not', null).orderBy('failed_at', 'desc')
        : state === 'delivered'
          ? select.where('delivered_at', 'is not', null).orderBy('delivered_at', 'desc')
          : select
              .where('failed_at', 'is', null)
              .where('delivered_at', 'is', null)
              .orderBy('next_attempt_at', 'asc');
    const rows = await select.orderBy('id').execute();
    const counts = await db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.count<string | number>('failed_at').as('failed'),
        eb.fn
          .countAll<string | number>()
          .filterWhere((w) => w.and([w('failed_at', 'is', null), w('delivered_at', 'is', null)]))
          .as('pending'),
      ])
      .executeTakeFirstOrThrow();
    const items = rows.map((row) => {
      const data = JSON.parse(row.payload) as { reference: string };
      return {
        id: row.id,
        channel: row.channel,
        event: row.event,
        intake: { id: row.intake_id, reference: data.reference },
        createdAt: row.created_at,
        attempts: row.attempts,
        lastError: row.last_error,
        nextAttemptAt:
          row.delivered_at === null && row.failed_at === null ? row.next_attempt_at : null,
        deliveredAt: row.delivered_at,
        failedAt: row.failed_at,
      };
    });
    await audit(db, {
      actor: signedIn(request),
      action: 'viewDeliveries',
      intakes: [...new Map(items.map((i) => [i.intake.id, i.intake])).values()],
      detail: `state=${state}`,
      ip: request.ip,
    });
    return {
      items,
      counts: { failed: Number(counts.failed), pending: Number(counts.pending) },
    };
  });

  app.post('/deliveries/:id/retry', { config: { access: 'admin' } }, async (request) => {
    const params = deliveryParams.safeParse(request.params);
    if (!params.success) throw new HttpError(404, 'not_found', 'There is no such delivery.');
    const at = new Date().toISOString();
    const row = await db
      .selectFrom('outbox')
      .select(['id', 'intake_id', 'delivered_at'])
      .where('id', '=', params.data.id)
      .executeTakeFirst();
    if (!row) throw new HttpError(404, 'not_found', 'There is no such delivery.');
    if (row.delivered_at !== null)
      throw new HttpError(409, 'already_delivered', 'This notification was delivered already.');
    // Due at once, unless a dispatcher is sending it this very moment (its lease holds).
    const result = await db
      .updateTable('outbox')
      .set({ failed_at: null, next_attempt_at: at })
      .where('id', '=', row.id)
      .where('delivered_at', 'is', null)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new HttpError(409, 'being_sent', 'This notification is being sent right now.');
    await audit(db, {
      actor: signedIn(request),
      action: 'retryDelivery',
      intakeId: row.intake_id,
      detail: `notification ${row.id}`,
      ip: request.ip,
    });
    options.notifications?.nudge();
    return { ok: true };
  });
}
