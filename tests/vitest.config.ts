import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
const shared = {
  root,
  resolve: {
    alias: {
      "@": root,
      // Route code imports "server-only" to keep keys out of the browser; tests run it on the server anyway.
      "server-only": path.join(root, "tests/helpers/empty-module.ts"),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/helpers/e2e-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser, one server: the files share them and run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
