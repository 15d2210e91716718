// The hub's web pages, built into dist/web by `npm run build` and served by the gateway.
// Everything is bundled: the pages load nothing from anywhere but the gateway.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  logLevel: 'warn',
  // The dashboard is Preact: JSX compiles to its runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../dist/web'),
    // The IDE's main bundle is about 270 KB gzipped; the dashboard's views are held to their own budget (test/dashboard-bundle.test.ts).
    chunkSizeWarningLimit: 1200,
    emptyOutDir: true,
    rollupOptions: {
      input: { app: here('app/index.html'), graphiql: here('graphiql/index.html') },
      // React libraries mark their modules "use client", which means nothing outside a server-rendering framework.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
