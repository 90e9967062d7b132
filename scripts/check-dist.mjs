// Fails when dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'wasi-virt-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), fresh], { stdio: 'inherit' });
  const committed = join(root, 'dist');
  const files = (dir) =>
    readdirSync(dir, { recursive: true }).filter(
      (name) => !statSync(join(dir, name)).isDirectory(),
    );
  const names = new Set([...files(fresh), ...files(committed)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is out of date (${stale.join(', ')}): run \`npm run build\` and commit dist/`,
    );
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
