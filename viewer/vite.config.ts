import { defineConfig } from 'vite';

// One JS file and one CSS file, relative paths: `newskg view --html` inlines both into a single page,
// and the server serves them as they are.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'assets/viewer.js', assetFileNames: 'assets/[name][extname]' } },
  },
});
