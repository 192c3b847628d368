// `npm run lint`: ESLint with eslint-config-next. Its typescript-eslint (8.x) refuses TypeScript 7,
// which the project compiles with, so inside this process only, `require("typescript")` gets the
// TypeScript 6 API from @typescript/typescript6 (the side-by-side package Microsoft publishes for
// tools not yet ported). Type-checking stays with TypeScript 7 (`npm run typecheck`).
import Module, { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const typescript6 = require.resolve("@typescript/typescript6");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === "typescript" ? typescript6 : request, ...rest);
};

// eslint's package exports do not include its bin; find it next to package.json.
const eslintBin = path.join(path.dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");
const args = process.argv.slice(2);
process.argv = [process.argv[0], eslintBin, ...(args.length > 0 ? args : ["."])];
await import(pathToFileURL(eslintBin).href);
