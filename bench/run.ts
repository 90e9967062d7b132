// `npm run bench`: performance numbers, printed as markdown tables.
import { benchCliProcess } from './cli-process.js';
import { benchCompose } from './compose.js';
import { table } from './measure.js';
import { benchMounts } from './mounts.js';
import { benchReadThroughput } from './read-throughput.js';
import { benchReader } from './reader.js';
import { benchVirtualize } from './virtualize.js';
import { benchWritableFs } from './writable-fs.js';

console.log('## Whole CLI processes (dist/cli.js; run `npm run build` first)\n');
console.log(benchCliProcess());
console.log(
  '\n## Component reader (decode every section of every nested component, then build the import model)\n',
);
console.log(table(benchReader()));
console.log(
  '\n## Composition: env-plug into a grown env-args root (median; peak RSS of the whole process)\n',
);
console.log(benchCompose());
console.log('\n## Virtualization: the generated adapter and the time to generate and compose it\n');
console.log(await benchVirtualize());
console.log('\n## Mounted trees: generation time and peak memory\n');
console.log(benchMounts());
console.log('\n## Reading a mounted file against reading the same host file\n');
console.log(await benchReadThroughput());
console.log('\n## The writable file system (`--writable`) against a host directory\n');
console.log(await benchWritableFs());
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
