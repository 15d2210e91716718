/**
 * Tests run on the compiled output (`npm test` builds first with tsc), so decorator metadata is
 * exactly what production runs. Each test file makes its own database on the test server.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist'],
  testMatch: ['**/*.test.js'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60_000,
};
