import nodemailer from 'nodemailer';
import type { NotifyConfig } from '../config';
import type { IntakeEventData } from './outbox';
import type { Sender } from './dispatcher';

// The e-mail to the front desk: that a request is waiting, its reference, whether it is urgent,
// and a link to it. Never health data, never contact details, never the patient's name: an inbox
// is read on phones, forwarded, and kept by mail providers.

export interface EmailText {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the e-mail says about one new intake. */
export function emailFor(data: IntakeEventData, linkBase: string): EmailText {
  const link = `${linkBase}/staff#/intake/${encodeURIComponent(data.id)}`;
  const urgent = data.verdict === 'urgent';
  // A self-harm "yes" is said only as the call it asks for: no mood words (CLINICAL section 5).
  const urgency = [
    ...(data.sameDayCall ? ['Needs a same-day call from a clinician.'] : []),
    ...(urgent ? ['Marked urgent: the answers call for care soon.'] : []),
  ];
  const subject =
    data.sameDayCall || urgent
      ? `Urgent: consultation request ${data.reference} is waiting${data.sameDayCall ? ' (same-day call)' : ''}`
      : `New consultation request ${data.reference} is waiting`;
  const lines = [
    `A consultation request is waiting in the intake inbox.`,
    ``,
    `Reference: ${data.reference}`,
    ...(urgency.length > 0 ? urgency : ['Not marked urgent.']),
    ``,
    `Open it: ${link}`,
    ``,
    `This message carries no health data or contact details: sign in to the inbox to read the request.`,
  ];
  const html = [
    `<p>A consultation request is waiting in the intake inbox.</p>`,
    `<p>Reference: <strong>${escapeHtml(data.reference)}</strong><br>`,
    (urgency.length > 0 ? urgency : ['Not marked urgent.'])
      .map((line) => (urgency.length > 0 ? `<strong>${escapeHtml(line)}</strong>` : line))
      .join('<br>'),
    `</p>`,
    `<p><a href="${escapeHtml(link)}">Open ${escapeHtml(data.reference)} in the inbox</a></p>`,
    `<p>This message carries no health data or contact details: sign in to the inbox to read the request.</p>`,
  ].join('\n');
  return { subject, text: `${lines.join('\n')}\n`, html };
}

/** Sends through SMTP_URL (smtp:// with STARTTLS when offered, or smtps://). */
/** Whether an smtp:// address carries credentials to another machine (STARTTLS required). */
export function mustStartTls(smtpUrl: string): boolean {
  const url = new URL(smtpUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'smtp:' && url.username !== '' && !loopback;
}

export function emailSender(
  config: NonNullable<NotifyConfig['email']>,
  linkBase: string,
): Sender & { close: () => void } {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // Credentials never cross the network in clear: over smtp:// they wait for STARTTLS, and a
    // server (or someone in between) that does not offer it gets no password. A relay on this
    // machine itself (loopback) is exempt.
    requireTLS: mustStartTls(config.smtpUrl),
    // A few connections kept open, each carrying message after message: a burst of intakes is
    // not a burst of connections to the clinic's mail server.
    pool: true,
    maxConnections: 3,
    // Within the dispatcher's lease (see dispatcher.ts): a server that stops answering is an
    // attempt failed, not a message held.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message, signal) {
      const { subject, text, html } = emailFor(message.data, linkBase);
      await transport.sendMail({
        from: config.from,
        to: config.to,
        subject,
        text,
        html,
        // The same Message-ID on every attempt: a mail system may drop a repeat of one it has.
        messageId: `<${message.id}@intake-notifications>`,
        signal,
      });
    },
    close: () => transport.close(),
  };
}
