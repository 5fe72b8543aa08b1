import { Webhook } from 'standardwebhooks';
import type { NotifyConfig } from '../config';
import { eventData, type IntakeEventData, type NotifyEvent } from './outbox';
import { DeliveryError, type Sender } from './dispatcher';

// Webhooks for the clinic's other systems, signed per Standard Webhooks: `webhook-id` (the outbox
// row's id, the same on every retry), `webhook-timestamp` (this attempt's time, in seconds) and
// `webhook-signature` (v1, HMAC-SHA256 of `id.timestamp.body`). The body names the intake and
// nothing of its health data or contact details.

export const webhookTimeoutMs = 10_000;

/** The body of one event: the same bytes on every attempt. */
export function webhookBody(event: NotifyEvent, data: IntakeEventData, timestamp: string): string {
  return JSON.stringify({
    type: event,
    timestamp,
    data: eventData(data),
  });
}

export function webhookSender(
  config: NonNullable<NotifyConfig['webhook']>,
  timeoutMs = webhookTimeoutMs,
): Sender {
  const signer = new Webhook(config.secret);
  return {
    async send(message, signal) {
      const body = webhookBody(message.event, message.data, message.createdAt);
      const attemptAt = new Date();
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': message.id,
            'webhook-timestamp': String(Math.floor(attemptAt.getTime() / 1000)),
            'webhook-signature': signer.sign(message.id, attemptAt, body),
          },
          body,
          // A redirect is not a delivery: the receiver's address is the one configured.
          redirect: 'manual',
          signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
        });
      } catch (error) {
        throw new DeliveryError(failureOf(error, timeoutMs));
      }
      // The answer's body is not read, only let go of.
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status > 299)
        throw new DeliveryError(`the receiver answered ${response.status}`);
    },
  };
}

/** Why a request failed, in a few words for the administrators' list (never a body). */
function failureOf(error: unknown, timeoutMs: number): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string } };
  if (name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  if (name === 'AbortError') return 'stopped: the server was shutting down';
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the receiver’s host name was not found';
  return code !== undefined ? `network error (${code})` : 'network error';
}
