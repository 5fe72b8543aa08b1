import { defineConfig } from 'vitest/config';

// Browser journeys against the built app, served by the real server (see tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    reporters: process.env.CI ? ['verbose'] : ['default'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
