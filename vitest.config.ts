import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Packages test against each other's source, not their last build.
  resolve: {
    alias: {
      '@aufum/consent/server': fileURLToPath(new URL('packages/core/src/server.ts', import.meta.url)),
      '@aufum/consent/schema': fileURLToPath(new URL('packages/core/src/schema.ts', import.meta.url)),
      '@aufum/consent/debug': fileURLToPath(new URL('packages/core/src/debug.ts', import.meta.url)),
      '@aufum/consent/internal': fileURLToPath(new URL('packages/core/src/internal.ts', import.meta.url)),
      '@aufum/consent-ui/internal': fileURLToPath(new URL('packages/ui/src/internal.ts', import.meta.url)),
      '@aufum/consent-ui': fileURLToPath(new URL('packages/ui/src/index.ts', import.meta.url)),
      '@aufum/consent': fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        url: 'https://www.aufum.com/courses/intro',
        // Unit tests never touch the network: external scripts and frames "load" without a request.
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['scripts/vitest.setup.ts'],
    // CI sets VITEST_JSON to count the tests (scripts/count-tests.mjs).
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : {},
  },
})
