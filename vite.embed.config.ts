import { defineConfig } from 'vite';

// /widget.js, built on its own: one small classic script with no dependencies, for clinics' pages.
export default defineConfig({
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    lib: {
      entry: 'src/embed/widget.ts',
      formats: ['iife'],
      name: 'ipmWidget',
      fileName: () => 'widget.js',
    },
  },
});
