import { defineConfig } from 'vitest/config';

// The reliability and security suite (tests/reliability): fuzzing, crashes, shutdown, staff
// security and headers, against the built server. One file at a time: they kill servers.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.reliability.ts'],
    globalSetup: ['tests/reliability/global-setup.ts'],
    fileParallelism: false,
    reporters: process.env.CI ? ['verbose'] : ['default'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
