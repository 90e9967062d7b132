import { tuneOneShotProcess } from '../one-shot-process.js';

tuneOneShotProcess();
const { main } = await import('./main.js');
const { processIo } = await import('./io.js');
process.exitCode = await main(process.argv.slice(2), processIo());
