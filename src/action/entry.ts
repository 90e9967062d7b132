import { tuneOneShotProcess } from '../one-shot-process.js';

tuneOneShotProcess();
const { run } = await import('./main.js');
await run();
