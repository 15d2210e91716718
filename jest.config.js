/**
 * Two projects. `unit`: the pure rules and helpers beside their sources and under test/unit,
 * compiled on the fly by swc (decorator metadata on), with no database and no build
 * (`npm run test:unit`). `integration`: the hub's processes against a real PostgreSQL, run on
 * the tsc build (`npm test` builds first), so decorator metadata is exactly what production runs;
 * each test file makes its own database on the test server.
 */
const os = require('node:os');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{shared,subgraphs,gateway,scripts}/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest', swc] },
      // package.json maps #hub/shared/* to the build, which the integration tests run; the unit tests run on the sources.
      moduleNameMapper: { '^#hub/shared/(.*)$': '<rootDir>/shared/$1' },
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/dist/test/*.test.js'],
      moduleNameMapper: { '^#hub/shared/(.*)$': '<rootDir>/dist/shared/$1' },
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
    {
      // Faults, crashes and load on the hub's real processes: short here, full in `npm run test:reliability`.
      displayName: 'reliability',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/dist/test/reliability/*.test.js'],
      moduleNameMapper: { '^#hub/shared/(.*)$': '<rootDir>/dist/shared/$1' },
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
  ],
  // The integration tests mostly wait on PostgreSQL and HTTP, so two workers pay off even on two cores.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testTimeout: 60_000,
};
