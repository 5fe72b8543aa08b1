// `npm run demo:embed`: the app on one origin and an example clinic page on another, embedding it
// inline and behind the floating button.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveHostPage } from './host-server';

const root = new URL('../..', import.meta.url).pathname;
const appPort = Number(process.env.PORT ?? 8080);
const hostPort = Number(process.env.DEMO_PORT ?? 8081);
const appOrigin = `http://localhost:${appPort}`;
const hostOrigin = `http://localhost:${hostPort}`;

// The demo's own clinic configuration and database, so it leaves the real ones alone. The amber
// brand shows the automatic text colour: black on the button, a darker amber for text on white.
const dataDir = join(root, 'data', 'demo');
mkdirSync(dataDir, { recursive: true });
const configFile = join(dataDir, 'clinic.config.json');
writeFileSync(
  configFile,
  JSON.stringify(
    {
      clinicName: 'Riverside Pain Clinic (demo)',
      brandColor: '#f2b705',
      embedOrigins: [hostOrigin],
    },
    null,
    2,
  ),
);

const app = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: String(appPort), DATA_DIR: dataDir, CLINIC_CONFIG: configFile },
});
app.on('exit', (code) => process.exit(code ?? 1));

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${appOrigin}/api/health`)).ok) break;
  } catch {
    // still building or starting
  }
  if (i > 1200) throw new Error('The app did not start within 2 minutes.');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const { server } = await serveHostPage({ appOrigin, port: hostPort, host: 'localhost' });
console.log(`\nExample clinic page: ${hostOrigin}/  (inline widget, and the floating button)`);
console.log(`The app itself:      ${appOrigin}/\n`);

const stop = () => {
  server.close();
  app.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
