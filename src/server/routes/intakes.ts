import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { idempotencyKeySchema, intakeRequestSchema } from '../../api/contract';
import { assess } from '../../rules';
import type { IntakeWriter } from '../db/intake-writer';
import { isUniqueViolation } from '../db/intakes';
import { HttpError } from '../errors';
import { newReference } from '../reference';

export interface IntakeRouteOptions {
  writer: IntakeWriter;
  rateLimit: number;
  now?: () => Date;
}

/** POST /api/intakes: validate everything, recompute the assessment, store once per key. */
export function intakeRoutes(app: FastifyInstance, options: IntakeRouteOptions) {
  const now = options.now ?? (() => new Date());

  app.post(
    '/api/intakes',
    { config: { rateLimit: { max: options.rateLimit, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const keyHeader = request.headers['idempotency-key'];
      if (keyHeader === undefined) {
        throw new HttpError(
          400,
          'missing_idempotency_key',
          'Send an Idempotency-Key header (a UUID) with each request.',
        );
      }
      const key = idempotencyKeySchema.safeParse(keyHeader);
      if (!key.success)
        throw new HttpError(
          400,
          'invalid_idempotency_key',
          'The Idempotency-Key header must be one UUID.',
        );

      const parsed = intakeRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        // One entry per field, with its first problem.
        const byPath = new Map<string, string>();
        for (const issue of parsed.error.issues) {
          const path = issue.path.map(String).join('.') || '(body)';
          if (!byPath.has(path)) byPath.set(path, issue.message);
        }
        const fields = [...byPath].map(([path, message]) => ({ path, message }));
        throw new HttpError(
          400,
          'invalid_request',
          'Some fields are missing or not valid.',
          fields,
        );
      }
      // The server never trusts a client's assessment: it computes its own.
      const assessment = assess(parsed.data.answers);
      if (assessment.verdict === 'emergency') {
        throw new HttpError(
          422,
          'emergency',
          'These answers call for emergency care now, not a consultation request.',
        );
      }

      const requestHash = createHash('sha256').update(JSON.stringify(request.body)).digest('hex');
      for (let attempt = 0; ; attempt++) {
        try {
          const outcome = await options.writer.store({
            id: randomUUID(),
            reference: newReference(),
            idempotencyKey: key.data,
            requestHash,
            request: parsed.data,
            assessment,
            now: now(),
          });
          if (outcome.kind === 'keyConflict') {
            throw new HttpError(
              422,
              'idempotency_key_reused',
              'This Idempotency-Key was already used for a different request.',
            );
          }
          request.logDetail = { intake: outcome.kind };
          return await reply.status(201).send(outcome.receipt);
        } catch (error) {
          // A concurrent twin with the same key, or a reference already taken: try again, and the
          // idempotency record (or a new reference) settles it.
          if (isUniqueViolation(error) && attempt < 5) continue;
          throw error;
        }
      }
    },
  );
}
