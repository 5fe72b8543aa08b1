import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createDb } from './db/database';
import { migrateToLatest } from './db/migrations';
import { countStaff, createSetupToken } from './staff/accounts';

let config;
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

const db = createDb(config.db);
await migrateToLatest(db.db, db.schema);
const app = await buildApp({
  db,
  clinic: config.clinic,
  clientDir: fileURLToPath(new URL('../client', import.meta.url)),
  widgetFile: fileURLToPath(new URL('../widget/widget.js', import.meta.url)),
  startWriterNow: true,
  logger: { level: config.logLevel, stream: logStream },
  intakeRateLimit: config.intakeRateLimit,
  trustProxy: config.trustProxy,
});
await app.listen({ port: config.port, host: config.host });
const where =
  db.kind === 'sqlite' && config.db.kind === 'sqlite'
    ? config.db.file
    : 'PostgreSQL (DATABASE_URL)';
console.log(`Ready: http://localhost:${config.port}/  (storing intakes in ${where})`);
if ((await countStaff(db.db)) === 0) {
  // The token travels in the fragment, which browsers never send to a server or in a Referer.
  const token = await createSetupToken(db.db);
  console.log(
    `No staff account yet. Create the first administrator within 24 hours at:\n  http://localhost:${config.port}/staff#setup=${token}\n(or: npm run staff -- add you@clinic.example --role admin)`,
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
