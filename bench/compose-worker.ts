// Runs one composition route in a fresh process and prints its median time and peak RSS.
import { compose } from '../src/compose/compose.js';
import { fixtureBytes, grownRoot } from './large-components.js';

const [route, size] = [process.argv[2]!, Number(process.argv[3])];
const root = grownRoot(size);
const plug = fixtureBytes('env-plug');

async function once(): Promise<number> {
  const start = performance.now();
  if (route === 'binary') {
    compose({ bytes: root, label: 'root' }, [{ bytes: plug, label: 'plug' }]);
  } else if (route === 'text') {
    // The text route: print both to WAT, nest the texts in one component, parse it back.
    const { parse, print } = await import('@bytecodealliance/jco-transpile/wasm-tools');
    const text = `(component ${await print(plug)} ${await print(root)})`;
    await parse(text);
  }
  return performance.now() - start;
}

// 'baseline' only builds the input: its peak RSS is the floor the other routes add to.
const runs = route === 'binary' ? 9 : route === 'text' ? 3 : 1;
const warmups = route === 'binary' ? 3 : 0;
for (let i = 0; i < warmups; i++) await once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bytes: root.length,
    medianMs: times[Math.floor(times.length / 2)],
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
