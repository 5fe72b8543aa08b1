import { defineConfig } from 'vite';

// The server is built as one ESM file for Node; its npm dependencies stay external.
export default defineConfig({
  build: {
    ssr: true,
    // The intake writer's worker thread is its own file beside the server (see intake-writer.ts).
    rolldownOptions: {
      input: {
        server: 'src/server/server.ts',
        'intake-writer-worker': 'src/server/db/intake-writer-worker.ts',
      },
      output: { entryFileNames: '[name].js' },
    },
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
  },
});
