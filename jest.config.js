/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The toolchain fixtures' tests are slow and need `npm run build:toolchain-fixtures` first:
  // only `npm run test:toolchains` (which sets WASI_VIRT_TOOLCHAINS) runs them.
  testPathIgnorePatterns: process.env.WASI_VIRT_TOOLCHAINS
    ? ['/node_modules/']
    : ['/node_modules/', '<rootDir>/__tests__/toolchains\\.test\\.ts$'],
  // .cache/ holds installed toolchains (their own package.json files) and transpiled runs: not modules of ours.
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
  testTimeout: 60000,
};
