import { fileURLToPath } from 'node:url';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocumentsInPlace } from './graphql-documents.plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  // React Aria ships its own strings in some 30 languages; Kindred speaks two.
  plugins: [react(), graphqlDocumentsInPlace(), { ...optimizeLocales.vite({ locales: ['en-US', 'en-GB', 'fr-FR'] }), enforce: 'pre' }],
  resolve: {
    alias: { '@kindred/language': fileURLToPath(new URL('../../libs/language/src/index.ts', import.meta.url)) },
  },
  build: {
    // The API serves these files from <repo>/dist/web under a strict CSP.
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would become data: URLs, which the CSP does not allow for scripts.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/auth': { target: api },
      '/health': { target: api },
    },
  },
  preview: { port: 4173 },
  test: {
    root,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
    // Whole-app tests type into real forms; the shared CI machine can be slow.
    testTimeout: 20_000,
  },
});
