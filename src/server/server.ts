import { fileURLToPath } from 'node:url';
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

const db = createDb(config.db);
await migrateToLatest(db.db, db.schema);
const app = await buildApp({
  db,
  clinic: config.clinic,
  clientDir: fileURLToPath(new URL('../client', import.meta.url)),
  widgetFile: fileURLToPath(new URL('../widget/widget.js', import.meta.url)),
  logger: { level: config.logLevel },
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
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
