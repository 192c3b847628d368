// What the start scripts tell the person at the terminal. Secrets are never printed, except a
// password that was generated just now (the only chance to learn it; only its hash is stored).
import type { EnsureFirstAdminResult } from "@/lib/auth/bootstrap";

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Resolves once url answers at all (any status), rejects if `exited` settles first or on timeout. */
export async function waitForHttp(url: string, exited: Promise<number>, timeoutMs = 120_000): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error("the web server exited before it was ready");
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the web server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export interface BannerInput {
  publicUrl: string;
  mode: string;
  database: string;
  admin: EnsureFirstAdminResult;
  adminEmail: string | undefined;
  passwordFromEnv: boolean;
  seconds: number;
}

function signInLines(input: BannerInput): string[] {
  const { admin } = input;
  if (admin.status === "created" && admin.generatedPassword) {
    return [
      `  Email:          ${admin.email}`,
      `  Password:       ${admin.generatedPassword}`,
      "                  (generated now and shown only this once; only its hash is stored.",
      "                   Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.)",
    ];
  }
  if (admin.status === "created") {
    return [`  Email:          ${admin.email}`, "  Password:       the one in ADMIN_PASSWORD"];
  }
  if (input.adminEmail) {
    // The account existed already: ADMIN_PASSWORD only applies when it is created, never resets it.
    return [`  Email:          ${input.adminEmail}`, "  Password:       that account's current password"];
  }
  return ["  With an existing staff account (the first administrator was created on the first start)."];
}

export function printBanner(input: BannerInput): void {
  const lines = [
    "",
    `HLD Portal is ready in ${input.seconds.toFixed(1)} s (${input.mode}).`,
    "",
    `  Public site:    ${input.publicUrl}/en`,
    `  Staff sign-in:  ${input.publicUrl}/admin/sign-in`,
    ...signInLines(input),
    "",
    `  Database:       ${input.database}`,
    "  Stop:           Ctrl-C (or SIGTERM): the web server stops, then the database.",
    "",
  ];
  say(lines.join("\n"));
}
