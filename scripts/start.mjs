// `npm start`: build whatever is missing or older than the sources, then run the server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outputs = ['dist/client/index.html', 'dist/widget/widget.js', 'dist/server/server.js'].map(
  (p) => join(root, p),
);
const inputs = [
  'src',
  'index.html',
  'package.json',
  'vite.config.ts',
  'vite.embed.config.ts',
  'vite.server.config.ts',
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = outputs.every(existsSync)
  ? Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  : 0;
const changedAt = Math.max(
  ...inputs
    .map((p) => join(root, p))
    .filter(existsSync)
    .map(newest),
);
if (changedAt > builtAt) {
  console.log('Building the app (first start, or the sources changed)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// `--build-only`: the test scripts build what is stale, once, and start their own servers.
if (!process.argv.includes('--build-only')) await import(join(root, 'dist/server/server.js'));
