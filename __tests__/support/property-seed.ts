import fc from 'fast-check';

/** The seed property tests run from unless WASI_VIRT_SEED names another. */
const DEFAULT_SEED = 20261206;

/**
 * Makes this file's property tests start from one seed, so a run, in CI above all, is
 * reproducible: WASI_VIRT_SEED=<integer> picks another seed, WASI_VIRT_SEED=random a fresh one
 * per property (to explore; fast-check prints the seed of a failure, to replay with).
 */
export function seedProperties(): void {
  const chosen = process.env.WASI_VIRT_SEED ?? String(DEFAULT_SEED);
  if (chosen === 'random') return;
  const seed = Number(chosen);
  if (!Number.isSafeInteger(seed))
    throw new Error(`WASI_VIRT_SEED must be an integer or "random", not ${JSON.stringify(chosen)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
