import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = fileURLToPath(new URL('.', import.meta.url));
/** The repository: the web reads the modules' enum labels from the modules' labels.json files. */
const repoDir = fileURLToPath(new URL('..', import.meta.url));
const backend = process.env.KT_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webDir,
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    fs: { allow: [repoDir] },
    proxy: {
      '/api': backend,
      '/health': backend,
      '/openapi.json': backend,
    },
  },
});
