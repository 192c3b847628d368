// The `next` command-line entry point, run as `node <bin>` (not through npx or a shell) so that
// signals reach Next itself and no intermediate process is left behind.
import { createRequire } from "node:module";
import path from "node:path";

export function resolveNextBin(root: string): string {
  const require = createRequire(path.join(root, "package.json"));
  return path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
}
