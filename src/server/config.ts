import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod/mini';
import type { PublicConfig } from '../api/contract';
import { procedureIds } from '../rules';
import { parseKeys } from './crypto/keyring';
import type { DataKeySource } from './db/open';
import type { DbConfig } from './db/database';
import { mfaPolicies, type MfaPolicy } from './staff/mfa';

// Configuration from the environment and an optional clinic.config.json, checked at start with one
// clear message per wrong field.

// zod/mini carries no messages of its own: "Unrecognized key" rather than "Invalid input", whatever
// was imported first.
z.config(z.locales.en());

const origin = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an origin such as https://www.example-clinic.com (scheme and host, no path)'),
);

export const clinicConfigSchema = z.strictObject({
  // No default: without a name, the app shows a generic one in the patient's own language.
  clinicName: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  address: z.optional(z.string().check(z.maxLength(300))),
  /** Opening hours in each language, shown after a request is sent: "Monday to Friday, 8 am to 5 pm". */
  hours: z.optional(
    z.strictObject({
      en: z.optional(z.string().check(z.maxLength(200))),
      es: z.optional(z.string().check(z.maxLength(200))),
    }),
  ),
  languages: z._default(z.array(z.enum(['en', 'es'])).check(z.minLength(1)), ['en', 'es']),
  brandColor: z._default(
    z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b5c6b')),
    '#0b5c6b',
  ),
  logoUrl: z.optional(z.string().check(z.maxLength(500))),
  embedOrigins: z._default(z.array(origin), []),
  procedures: z._default(z.array(z.enum(procedureIds)), [...procedureIds]),
});
export type ClinicConfig = z.infer<typeof clinicConfigSchema>;

/** An http(s) address without credentials or a fragment, and unless allowed without a query. */
const httpAddress = (message: string, options: { query?: boolean } = {}) =>
  z.string().check(
    z.refine((value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'https:' || url.protocol === 'http:') &&
          (options.query === true || url.search === '') &&
          url.hash === '' &&
          url.username === '' &&
          url.password === ''
        );
      } catch {
        return false;
      }
    }, message),
  );

const envSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65535)), 8080),
  HOST: z._default(z.string(), '0.0.0.0'),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must start with postgres://')),
  ),
  // The data keys (crypto/keyring.ts): base64 keys, comma-separated, the current first; or a file.
  DATA_KEY: z.optional(z.string().check(z.minLength(1))),
  DATA_KEY_FILE: z.optional(z.string().check(z.minLength(1))),
  LOG_LEVEL: z._default(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'info',
  ),
  INTAKE_RATE_LIMIT: z._default(z.coerce.number().check(z.int(), z.gte(1)), 30),
  // Unset keeps every intake; a typo must stop the start rather than remove or keep the wrong ones.
  RETENTION_DAYS: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[1-9]\d{0,4}$/,
          'must be a whole number of days from 1 to 99999, such as 365: intakes closed longer ago than that are removed (unset it to keep every intake)',
        ),
      ),
  ),
  // Never `true`: trusting every hop lets any client name its own address in X-Forwarded-For and
  // step around the per-address limits. The number of proxies in front, or their addresses.
  TRUST_PROXY: z._default(
    z
      .string()
      .check(
        z.refine(
          (value) =>
            value === 'false' || /^\d{1,2}$/.test(value) || /^[\d.:a-fA-F/, ]+$/.test(value),
          'must be false, the number of proxies in front of the server (e.g. 1), or their addresses (e.g. 10.0.0.5 or 10.0.0.0/8), not true',
        ),
      ),
    'false',
  ),
  // Who must sign in with a second factor: everyone, administrators, or no one (each may enrol).
  STAFF_MFA: z._default(
    z.enum(mfaPolicies, {
      error: 'must be required (every account), admins (administrators) or optional',
    }),
    'admins',
  ),
  CLINIC_CONFIG: z.optional(z.string()),
  PUBLIC_URL: z.optional(
    httpAddress(
      'must be the address the clinic serves the app at, such as https://selfcheck.example-clinic.com',
    ),
  ),
  // Notifications (notify/): an e-mail with all three of these, a signed webhook with both of the
  // next two. Checked here so a typo stops the start, not the first patient's notification.
  SMTP_URL: z.optional(
    z.string().check(
      z.refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
        } catch {
          return false;
        }
      }, 'must be smtp://user:password@mail.example-clinic.com:587 or smtps://user:password@mail.example-clinic.com:465 (user and password percent-encoded)'),
    ),
  ),
  NOTIFY_EMAIL_TO: z.optional(
    z
      .string()
      .check(
        z.refine(
          (value) => emailList(value).length > 0 && emailList(value).every(isEmailAddress),
          'must be one or more email addresses separated by commas, such as front-desk@example-clinic.com,dr.lee@example-clinic.com',
        ),
      ),
  ),
  NOTIFY_EMAIL_FROM: z.optional(
    z
      .string()
      .check(
        z.refine(
          (value) => senderAddress(value) !== undefined,
          'must be an email address, such as intake@example-clinic.com or "Intake <intake@example-clinic.com>"',
        ),
      ),
  ),
  // fetch refuses an address with a user and password in it: a secret belongs in the path or
  // query (or the signature is the authentication).
  WEBHOOK_URL: z.optional(
    httpAddress(
      'must be the http:// or https:// address that receives the webhooks, without a user and password in it, such as https://crm.example-clinic.com/hooks/intake',
      { query: true },
    ),
  ),
  WEBHOOK_SECRET: z.optional(
    z
      .string()
      .check(
        z.refine(
          isWebhookSecret,
          'must be whsec_ followed by the base64 of 24 to 64 random bytes, such as whsec_ and the output of `openssl rand -base64 32`',
        ),
      ),
  ),
});

const emailAddress = z.email();
const isEmailAddress = (value: string) => emailAddress.safeParse(value).success;
const emailList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
/** `intake@example.com` or `Name <intake@example.com>`; undefined when neither. */
function senderAddress(value: string): string | undefined {
  const match = /^\s*(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  return address !== undefined && isEmailAddress(address) ? address : undefined;
}
/** Standard Webhooks' secret: `whsec_` and the base64 of 24 to 64 bytes. */
function isWebhookSecret(value: string): boolean {
  const base64 = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value)?.[1];
  if (base64 === undefined || base64.length % 4 !== 0) return false;
  const bytes = Buffer.from(base64, 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

/** Settings where an empty value means unset (a compose file's `SMTP_URL=`). */
const emptyMeansUnset = [
  'RETENTION_DAYS',
  'SMTP_URL',
  'NOTIFY_EMAIL_TO',
  'NOTIFY_EMAIL_FROM',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
];

/** Where notifications go: each channel is there only when all its settings are. */
export interface NotifyConfig {
  email?: { smtpUrl: string; to: string[]; from: string };
  webhook?: { url: string; secret: string };
}

export interface ServerConfig {
  port: number;
  host: string;
  logLevel: string;
  db: DbConfig;
  dataDir: string;
  /** Where the data keys come from: DATA_KEY, DATA_KEY_FILE, or `data.key` beside the data. */
  dataKey: DataKeySource;
  intakeRateLimit: number;
  /** RETENTION_DAYS: intakes closed longer ago than this many days are removed; undefined keeps all. */
  retentionDays: number | undefined;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses. */
  trustProxy: boolean | number | string;
  /** PUBLIC_URL without a trailing slash; undefined when not set. */
  publicUrl: string | undefined;
  /** STAFF_MFA: which accounts must have a second factor before anything else answers them. */
  staffMfa: MfaPolicy;
  notify: NotifyConfig;
  clinic: ClinicConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const describe = (where: string, issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map(
    (issue) => `${where}${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`,
  );

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const problems: string[] = [];
  // An empty notification setting is an unset one (a compose file's `SMTP_URL=`).
  const parsedEnv = envSchema.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(
        ([name, value]) => !(emptyMeansUnset.includes(name) && value === ''),
      ),
    ),
  );
  if (!parsedEnv.success)
    problems.push(...describe('environment variable', parsedEnv.error.issues));

  // A channel is all of its settings or none: half of one is a mistake, not a choice.
  const together = (names: string[], what: string) => {
    const set = names.filter((name) => (env[name] ?? '') !== '');
    if (set.length > 0 && set.length < names.length)
      problems.push(
        `environment variables ${names.join(', ')}: set all of them for ${what}, or none (missing: ${names.filter((n) => !set.includes(n)).join(', ')})`,
      );
  };
  together(['SMTP_URL', 'NOTIFY_EMAIL_TO', 'NOTIFY_EMAIL_FROM'], 'e-mail notifications');
  together(['WEBHOOK_URL', 'WEBHOOK_SECRET'], 'webhooks');
  if (env.DATA_KEY && env.DATA_KEY_FILE)
    problems.push('environment variables DATA_KEY and DATA_KEY_FILE: set one of them, not both');
  if (env.DATA_KEY)
    try {
      parseKeys(env.DATA_KEY, 'environment variable DATA_KEY');
    } catch (error) {
      problems.push((error as Error).message);
    }

  const named = env.CLINIC_CONFIG;
  const file = resolve(cwd, named ?? 'clinic.config.json');
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    }
  } else if (named !== undefined) {
    problems.push(`CLINIC_CONFIG: ${file} does not exist`);
  }
  const clinic = clinicConfigSchema.safeParse(raw);
  if (!clinic.success) problems.push(...describe(file, clinic.error.issues));

  if (problems.length > 0 || !parsedEnv.data || !clinic.data) throw new ConfigError(problems);
  const e = parsedEnv.data;
  const dataDir = resolve(cwd, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir,
    dataKey: e.DATA_KEY
      ? { kind: 'env', value: e.DATA_KEY }
      : e.DATA_KEY_FILE
        ? { kind: 'file', path: resolve(cwd, e.DATA_KEY_FILE) }
        : { kind: 'file', path: resolve(dataDir, 'data.key'), createIfMissing: true },
    db: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'intake.db') },
    intakeRateLimit: e.INTAKE_RATE_LIMIT,
    retentionDays: e.RETENTION_DAYS === undefined ? undefined : Number(e.RETENTION_DAYS),
    trustProxy:
      e.TRUST_PROXY === 'false'
        ? false
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    staffMfa: e.STAFF_MFA,
    notify: {
      ...(e.SMTP_URL && e.NOTIFY_EMAIL_TO && e.NOTIFY_EMAIL_FROM
        ? {
            email: {
              smtpUrl: e.SMTP_URL,
              to: emailList(e.NOTIFY_EMAIL_TO),
              from: e.NOTIFY_EMAIL_FROM.trim(),
            },
          }
        : {}),
      ...(e.WEBHOOK_URL && e.WEBHOOK_SECRET
        ? { webhook: { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } }
        : {}),
    },
    clinic: clinic.data,
  };
}

export function publicConfig(clinic: ClinicConfig): PublicConfig {
  return {
    ...(clinic.clinicName !== undefined && { clinicName: clinic.clinicName }),
    ...(clinic.phone !== undefined && { phone: clinic.phone }),
    ...(clinic.address !== undefined && { address: clinic.address }),
    ...(clinic.hours !== undefined && { hours: clinic.hours }),
    languages: clinic.languages,
    brandColor: clinic.brandColor,
    ...(clinic.logoUrl !== undefined && { logoUrl: clinic.logoUrl }),
    procedures: clinic.procedures,
  };
}
