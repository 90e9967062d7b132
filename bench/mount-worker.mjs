// Generates one virtualized component with a mount in a fresh process (the bundled library,
// as users run it) and prints the time taken and the process's peak RSS.
import { readFileSync } from 'node:fs';
import { applyPatches, denyAllPolicy, virtualize } from '../dist/index.js';

const [app, mount] = process.argv.slice(2);
const policy = applyPatches(denyAllPolicy(), {
  stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
  mounts: [{ guest: '/data', host: mount }],
});
const bytes = readFileSync(app);
const start = performance.now();
if (mount) await virtualize({ policy, app: { bytes, label: 'app' } });
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
