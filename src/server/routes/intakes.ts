import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  acceptedAnswersVersion,
  idempotencyKeySchema,
  intakeRequestSchema,
} from '../../api/contract';
import { assess } from '../../rules';
import type { IntakeWriter } from '../db/intake-writer';
import { isUniqueViolation } from '../db/intakes';
import { HttpError, invalidFields } from '../errors';
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
    { config: { access: 'public', rateLimit: { max: options.rateLimit, timeWindow: '1 minute' } } },
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

      // Checked before the full schema: a page opened before this release sends answers of an
      // earlier version, and "reload" is the one thing its patient can do about it.
      const version = answersVersionOf(request.body);
      if (version !== undefined && version !== acceptedAnswersVersion) {
        const which =
          typeof version === 'number' && Number.isSafeInteger(version)
            ? `Answers version ${version} are`
            : 'Answers of this version are';
        const message = `This form was updated. ${which} no longer accepted; reload the page to answer the current questions.`;
        throw new HttpError(400, 'unsupported_version', message, [
          { path: 'answers.version', message },
        ]);
      }
      const parsed = intakeRequestSchema.safeParse(request.body);
      if (!parsed.success) throw invalidFields(parsed.error.issues);
      // The server never trusts a client's assessment: it computes its own.
      const assessment = assess(parsed.data.answers);
      if (assessment.verdict === 'emergency') {
        throw new HttpError(
          422,
          'emergency',
          'These answers call for emergency care now, not a consultation request.',
        );
      }

      // The same request is the same whatever the order of its JSON keys: the hash is of what the
      // contract read (its own key order), not of the bytes sent. A UUID is one key in any case.
      const requestHash = createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex');
      const idempotencyKey = key.data.toLowerCase();
      for (let attempt = 0; ; attempt++) {
        try {
          const outcome = await options.writer.store({
            id: randomUUID(),
            reference: newReference(),
            idempotencyKey,
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

/** The `answers.version` a body names, if it names one at all (the schema judges the rest). */
function answersVersionOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('answers' in body)) return undefined;
  const { answers } = body;
  if (typeof answers !== 'object' || answers === null || !('version' in answers)) return undefined;
  return answers.version;
}
