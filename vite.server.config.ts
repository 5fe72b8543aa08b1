import { defineConfig } from 'vite';

// The server is built as one ESM file for Node; its npm dependencies stay external.
export default defineConfig({
  build: {
    ssr: 'src/server/server.ts',
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
  },
});
