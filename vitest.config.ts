import { defineConfig } from 'vitest/config';

// Tests that build an edition in a fresh process take a few seconds; on a busy two-core machine some
// took just over vitest's default 5 s. Slow tests set their own, longer limit beside the test.
export default defineConfig({
  test: { testTimeout: 30_000, setupFiles: ['tests/setup.ts'] },
});
