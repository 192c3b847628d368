import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-cache";

describe("sourceFingerprint", () => {
  let root: string;
  const write = async (file: string, content: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "hld-fingerprint-"));
    await write("app/page.tsx", "export default function Page() { return null; }");
    await write("lib/i18n/messages/en/site.json", '{"title":"HLD"}');
    await write("prisma/schema.prisma", "model A { id String @id }");
    await write("package-lock.json", "{}");
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("is stable while nothing changes", async () => {
    expect(await sourceFingerprint(root)).toBe(await sourceFingerprint(root));
  });

  it.each([
    ["a page", "app/page.tsx"],
    ["a message catalogue", "lib/i18n/messages/en/site.json"],
    ["the schema", "prisma/schema.prisma"],
    ["the lockfile", "package-lock.json"],
    ["the Next configuration", "next.config.js"],
  ])("changes when %s changes", async (_what, file) => {
    const before = await sourceFingerprint(root);
    await write(file, "changed");
    expect(await sourceFingerprint(root)).not.toBe(before);
  });

  it("ignores tests, generated code and files outside the inputs", async () => {
    const before = await sourceFingerprint(root);
    await write("app/page.test.ts", "test");
    await write("lib/db.int.test.ts", "test");
    await write("lib/generated/prisma/client.ts", "generated");
    await write("e2e/home.spec.ts", "spec");
    await write("README.md", "docs");
    expect(await sourceFingerprint(root)).toBe(before);
  });

  it("ignores what next build writes into tsconfig.json (its dist folders' types, formatting)", async () => {
    await write("tsconfig.json", JSON.stringify({ compilerOptions: { strict: true }, include: ["**/*.ts", ".next/types/**/*.ts"] }));
    const before = await sourceFingerprint(root);
    await write(
      "tsconfig.json",
      JSON.stringify({ compilerOptions: { strict: true }, include: ["**/*.ts", ".next/types/**/*.ts", ".next-e2e/types/**/*.ts"] }, null, 2),
    );
    expect(await sourceFingerprint(root)).toBe(before);
    await write("tsconfig.json", JSON.stringify({ compilerOptions: { strict: false }, include: ["**/*.ts"] }));
    expect(await sourceFingerprint(root)).not.toBe(before);
  });

  it("differs per extra key (the database a build was made against)", async () => {
    expect(await sourceFingerprint(root, "db-a")).not.toBe(await sourceFingerprint(root, "db-b"));
  });
});
