import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // Two pages: the patient app, and the staff inbox that patients never download.
    rolldownOptions: { input: { main: 'index.html', staff: 'staff.html' } },
  },
  server: {
    // The API and the two files the clinic's configuration shapes come from `npm start`. The pages
    // link /theme.css with `vite-ignore`, so the build leaves that link as it is, without a warning.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/theme.css': 'http://127.0.0.1:8080',
      '/widget.js': 'http://127.0.0.1:8080',
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // In CI every test is named, so the log shows e.g. that the PostgreSQL storage suite ran.
    reporters: process.env.CI ? ['verbose'] : ['default'],
    // A ceiling for slow CI machines, not a performance assertion (budgets live in `npm run bench`).
    testTimeout: 30_000,
  },
});
