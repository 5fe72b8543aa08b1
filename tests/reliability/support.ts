import { newKeyText } from '../../src/server/crypto/keyring';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  appendFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { startBuiltServer } from '../servers';
import type { IntakeRequest } from '../../src/api/contract';
import { infectionRisk } from '../../src/rules';
import { nonEmergencyAnswers } from '../../src/rules/arbitraries.testing';
import { birthDateFor } from '../../src/server/testing/requests.testing';

// What the reliability suite shares: the built server as a child process whose every log line is
// kept, intakes whose personal details are recorded so the logs can be searched for them, and the
// figures the suite prints at the end (see global-setup.ts).

const root = new URL('../..', import.meta.url).pathname;
export const artifacts = join(root, 'tests/artifacts/reliability');
export const logsDir = join(artifacts, 'logs');
const secretsFile = join(artifacts, 'secrets.jsonl');
const figuresFile = join(artifacts, 'figures.jsonl');

/** A figure for the suite's summary (printed by the global teardown and kept for the README). */
export function record(name: string, value: number | string): void {
  mkdirSync(artifacts, { recursive: true });
  appendFileSync(figuresFile, `${JSON.stringify({ name, value })}\n`);
}

export interface ServerOptions {
  dataDir?: string;
  databaseUrl?: string;
  env?: NodeJS.ProcessEnv;
  /** Names the log file. */
  label: string;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

let serial = 0;
/** One data key for each PostgreSQL database: every instance of one database needs the same. */
const keysOfDatabases = new Map<string, string>();

/** The built server (built by `npm test` before this suite), every line it writes kept. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  mkdirSync(logsDir, { recursive: true });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ipm-reliability-'));
  const server = await startBuiltServer(
    options.label,
    {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      INTAKE_RATE_LIMIT: '1000000000',
      // Password-only sign-ins, unless a test says otherwise (mfa.reliability.ts does).
      STAFF_MFA: 'optional',
      ...(options.databaseUrl !== undefined && {
        DATABASE_URL: options.databaseUrl,
        DATA_KEY:
          keysOfDatabases.get(options.databaseUrl) ??
          keysOfDatabases.set(options.databaseUrl, newKeyText()).get(options.databaseUrl),
      }),
      ...options.env,
    },
    'pipe',
  );
  const log = createWriteStream(join(logsDir, `${options.label}-${++serial}.log`));
  server.child.stdout?.pipe(log, { end: false });
  server.child.stderr?.pipe(log, { end: false });
  void server.exited.then(() => log.end());
  return { url: server.url, dataDir, process: server.child, exited: server.exited };
}

const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

/**
 * A valid, non-emergency intake with personal details unlikely to appear anywhere by chance; they
 * are recorded, so the logs of the whole suite can be searched for them.
 */
export function traceableIntake(seed?: number): IntakeRequest {
  // Urgent flags only, and not the fever-with-weak-immunity emergency either (infectionRisk), so
  // every one is accepted (201).
  const [answers] = fc.sample(
    nonEmergencyAnswers.filter((a) => !infectionRisk(a)),
    {
      numRuns: 1,
      ...(seed !== undefined && { seed }),
    },
  );
  if (!answers) throw new Error('no answers');
  const firstName = `Zq${letters(8)}`;
  const lastName = `Xv${letters(8)}`;
  const phone = `+1 555 ${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;
  const email = `${letters(10)}@example.org`;
  const message = `Note ${letters(12)}`;
  const dateOfBirth = birthDateFor(answers.age);
  mkdirSync(artifacts, { recursive: true });
  appendFileSync(secretsFile, `${JSON.stringify([firstName, lastName, phone, email, message])}\n`);
  return {
    answers,
    contact: {
      firstName,
      lastName,
      dateOfBirth,
      phone,
      email,
      preferredContact: 'phone',
      bestTime: 'any',
      message,
      consent: { contact: true, privacy: true },
    },
    locale: 'en',
  };
}

/** Answer words that would betray health data if a log line carried a request body. */
const answerWords = [
  'discHerniation',
  'spinalStenosis',
  'immunosuppressed',
  'bloodThinners',
  'pregnant',
  'contrastDye',
  'lessPain',
  'noRelief',
  // and what version 2 added: earlier procedures, imaging, blood thinner kinds, mood, history
  'facetOrMedialBranchBlock',
  'spinalCordStimulatorTrial',
  'mriOrCtWithin2Years',
  'antiplatelet',
  'selfHarmThoughts',
  'glp1Agonist',
  'osteoporosis',
];

/** Log lines that carry a recorded personal detail or an answer word, across every server so far. */
export function findPersonalDataInLogs(): { lines: number; people: number; findings: string[] } {
  const people = existsSync(secretsFile)
    ? readFileSync(secretsFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[])
    : [];
  const secrets = [...people.flat(), ...answerWords];
  let lines = 0;
  const findings: string[] = [];
  for (const name of existsSync(logsDir) ? readdirSync(logsDir) : []) {
    const text = readFileSync(join(logsDir, name), 'utf8');
    lines += text.split('\n').filter(Boolean).length;
    for (const secret of secrets) if (text.includes(secret)) findings.push(`${name}: "${secret}"`);
  }
  return { lines, people: people.length, findings };
}

/** Every log line written so far by every server of the suite carries no recorded detail. */
export function expectNoPersonalDataInLogs(): void {
  expect(findPersonalDataInLogs().findings).toEqual([]);
}

export const post = (url: string, body: unknown, key: string = randomUUID()) =>
  fetch(`${url}/api/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });

/**
 * Which of the strings occur in which files of the folder, in any case, as UTF-8 or UTF-16 bytes.
 * One pass over each file whatever the number of strings: every position's first bytes are looked
 * up among the strings' own, and only a hit is compared whole.
 */
export function secretsInFolder(dir: string, secrets: string[]): string[] {
  const wanted = [...new Set(secrets.filter((secret) => secret !== ''))];
  if (wanted.length === 0) return [];
  const prefix = Math.min(8, ...wanted.map((secret) => secret.length));
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    // Each spelling of the file as one string of one character a unit, lower-cased.
    const texts = [
      {
        text: bytes.toString('latin1').toLowerCase(),
        spell: (s: string) => Buffer.from(s, 'utf8').toString('latin1'),
      },
      ...[0, 1].map((offset) => ({
        text: bytes.subarray(offset).toString('utf16le').toLowerCase(),
        spell: (s: string) => s,
      })),
    ];
    const hits = new Set<string>();
    for (const { text, spell } of texts) {
      const byPrefix = new Map<string, { secret: string; spelled: string }[]>();
      for (const secret of wanted) {
        const spelled = spell(secret).toLowerCase();
        const key = spelled.slice(0, prefix);
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), { secret, spelled }]);
      }
      for (let i = 0; i + prefix <= text.length; i++) {
        const candidates = byPrefix.get(text.slice(i, i + prefix));
        if (candidates)
          for (const { secret, spelled } of candidates)
            if (text.startsWith(spelled, i)) hits.add(secret);
      }
    }
    for (const secret of wanted) if (hits.has(secret)) found.push(`${secret} in ${name}`);
  }
  return found;
}

/** Signs in with a password over HTTP; the session cookie as a `Cookie` header's pair. */
export async function signedInCookie(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  return /ipm_staff=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
}
