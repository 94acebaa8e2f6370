/** Jest runs the TypeScript sources as native ESM (ts-jest, no type-check: `npm run typecheck` does that). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }],
  },
  cacheDirectory: '<rootDir>/.jest-cache',
  testTimeout: 30000,
};
