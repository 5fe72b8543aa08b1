import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { openOrSay } from './cli';
import { plainHttpBeyondLocalhost, reachableAt } from './reachable';
import { countStaff, createSetupToken } from './staff/accounts';

// Whatever the server writes (the database, and anything later) is for its own user alone.
process.umask(0o077);

let config: ServerConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Log lines are buffered and written a few kilobytes at a time, off the requests' path; they are
// flushed at exit. They are never the record of an intake: the database is.
const logStream = pino.destination({ dest: 1, sync: false, minLength: 4096 });

const opened = await openOrSay(config);
if (!opened) process.exit(1);
const db = opened;
// After `npm run keys -- rotate`, new intakes are wrapped with the new key within seconds.
const stopWatching = db.vault.keyring.watch();
const app = await buildApp({
  db,
  clinic: config.clinic,
  clientDir: fileURLToPath(new URL('../client', import.meta.url)),
  widgetFile: fileURLToPath(new URL('../widget/widget.js', import.meta.url)),
  startWriterNow: true,
  logger: { level: config.logLevel, stream: logStream },
  intakeRateLimit: config.intakeRateLimit,
  trustProxy: config.trustProxy,
  ...(config.publicUrl !== undefined && { publicUrl: config.publicUrl }),
  localUrl: `http://localhost:${config.port}`,
  staffMfa: config.staffMfa,
  notify: config.notify,
  ...(config.retentionDays !== undefined && {
    retention: { retentionDays: config.retentionDays },
  }),
});
await app.listen({ port: config.port, host: config.host });

const urls = reachableAt({
  port: config.port,
  host: config.host,
  publicUrl: config.publicUrl,
  interfaces: networkInterfaces(),
});
const where =
  db.kind === 'sqlite' && config.db.kind === 'sqlite'
    ? config.db.file
    : 'PostgreSQL (DATABASE_URL)';
console.log(`Ready: ${urls.map((u) => `${u}/`).join('  ')}  (storing intakes in ${where})`);
if (config.notify.email || config.notify.webhook)
  console.log(
    `Notifications: ${[
      ...(config.notify.email
        ? [
            `e-mail to ${config.notify.email.to.length} address(es) through ${new URL(config.notify.email.smtpUrl).host}`,
          ]
        : []),
      ...(config.notify.webhook ? [`webhooks to ${new URL(config.notify.webhook.url).host}`] : []),
    ].join(', ')}.`,
  );
if (config.retentionDays !== undefined)
  console.log(
    `Retention: intakes closed more than ${config.retentionDays} days ago are removed daily, the first time a minute from now (RETENTION_DAYS).`,
  );
if (config.publicUrl === undefined)
  console.log(
    'PUBLIC_URL is not set: links the server builds (FHIR exports) say http://localhost. Set it to the address staff and patients use.',
  );
if ((await countStaff(db.db)) === 0) {
  // The token travels in the fragment, which browsers never send to a server or in a Referer.
  const token = await createSetupToken(db.db);
  console.log(
    `No staff account yet. Create the first administrator within 24 hours at:\n${urls.map((u) => `  ${u}/staff#setup=${token}`).join('\n')}\n(or: npm run staff -- add you@clinic.example --role admin)`,
  );
  if (plainHttpBeyondLocalhost(urls))
    console.log(
      'Over plain http, browsers keep the staff sign-in only at localhost: from another computer, serve the app over HTTPS and set PUBLIC_URL to that address.',
    );
}

// SIGTERM and SIGINT: stop taking requests (new ones get 503), finish those in flight, close the
// database, exit.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    stopWatching();
    void app
      .close()
      .then(() => db.close())
      .then(
        () => 0,
        () => 1,
      )
      .then((code) => {
        logStream.flushSync();
        process.exit(code);
      });
  });
}
