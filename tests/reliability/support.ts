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

/** Which of the strings occur in which files of the folder (UTF-8 and UTF-16, any case). */
export function secretsInFolder(dir: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
    for (const secret of secrets)
      for (const spelling of [secret, secret.toLowerCase()])
        if (
          bytes.includes(Buffer.from(spelling, 'utf8')) ||
          lower.includes(Buffer.from(spelling.toLowerCase(), 'utf8')) ||
          bytes.includes(Buffer.from(spelling, 'utf16le'))
        ) {
          found.push(`${secret} in ${name}`);
          break;
        }
  }
  return found;
}
