import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../api/contract';

// Every error leaves as { error: { code, message, fields? } }. 5xx never says more than that
// something failed; logs carry the error's name and code only, never a request's data.

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: ApiError['error']['fields'],
  ) {
    super(message);
  }
}

/** A 400 naming each bad field with its first problem, from a schema's issues. */
export function invalidFields(
  issues: readonly { path: PropertyKey[]; message: string }[],
  message = 'Some fields are missing or not valid.',
): HttpError {
  const byPath = new Map<string, string>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '(body)';
    if (!byPath.has(path)) byPath.set(path, issue.message);
  }
  const fields = [...byPath].map(([path, problem]) => ({ path, message: problem }));
  return new HttpError(400, 'invalid_request', message, fields);
}

const frameworkCodes: Record<string, [code: string, message: string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported_media_type',
    'Send the request as application/json.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request is larger than 64 KB.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The request body is empty.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'invalid_request',
    'The Content-Length header does not match the body.',
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON.'],
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error instanceof HttpError) {
      const body: ApiError = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields && { fields: error.fields }),
        },
      };
      return reply.status(status).send(body);
    }
    if (status === 429) {
      return reply.status(429).send({
        error: {
          code: 'rate_limited',
          message: 'Too many requests. Please wait a minute and try again.',
        },
      });
    }
    if (status >= 400 && status < 500) {
      const known = frameworkCodes[error.code];
      const [code, message] =
        known ??
        (error instanceof SyntaxError
          ? ['invalid_json', 'The request body is not valid JSON.']
          : ['bad_request', 'The request could not be read.']);
      return reply.status(status).send({ error: { code, message } });
    }
    request.log.error({ err: { name: error.name, code: error.code } }, 'request failed');
    return reply.status(500).send({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
    });
  });

  app.setNotFoundHandler((_request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: 'There is nothing at this address.' } }),
  );
}
