import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: `unit` (pure logic, no I/O) and `integration` (*.int.test.ts, against a throwaway
// embedded PostgreSQL started once by the global setup and dropped afterwards).
export default defineConfig({
  resolve: {
    alias: {
      "@/": `${root}/`,
      // "server-only" throws outside React Server Components; under test it is a no-op.
      "server-only": `${root}/lib/testing/server-only-stub.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["{lib,prisma,scripts,components,app}/**/*.test.{ts,tsx}"], exclude: ["**/*.int.test.ts", "node_modules/**"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,prisma,scripts,app}/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
