// Password strength, judged by zxcvbn-ts (dictionaries of common passwords, names and words,
// keyboard patterns, l33t substitutions) rather than home-made composition rules. Client-safe:
// the same check runs in the browser (feedback while typing) and on the server (the decision).
// The dictionaries weigh about 1.6 MB, so they are imported on first use: the browser loads them
// only when someone submits a new password, never with the rest of the console.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/** zxcvbn's 0–4 scale: 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

export const PERSONAL_PASSWORD_MESSAGE = "Do not use your name or email address in your password.";

let estimator: Promise<ZxcvbnFactory> | undefined;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory: Factory }, common, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new Factory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  })();
  // A failed load (e.g. the browser lost its connection) may be retried on the next check.
  estimator.catch(() => (estimator = undefined));
  return estimator;
}

/** The pieces of a person's name and email that a password must not contain (3+ characters). */
export function personalWords(person: { email?: string; name?: string }): string[] {
  const email = (person.email ?? "").toLowerCase();
  const [local = "", domain = ""] = email.split("@");
  const words = [email, local, ...local.split(/[^\p{L}\p{N}]+/u), domain.split(".")[0] ?? "", ...(person.name ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u)];
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/**
 * Why `password` is not acceptable, or null when it is. `person` is the account's owner: their
 * name and email are both refused as parts of the password and fed to zxcvbn as guessable words.
 */
export async function passwordWeakness(password: string, person: { email?: string; name?: string }): Promise<string | null> {
  const words = personalWords(person);
  const lowered = password.toLowerCase();
  if (words.some((word) => lowered.includes(word))) return PERSONAL_PASSWORD_MESSAGE;
  let zxcvbn: ZxcvbnFactory;
  try {
    zxcvbn = await loadEstimator();
  } catch (error) {
    // In the browser the server's check still decides; on the server a missing estimator is a bug.
    if (typeof window !== "undefined") return null;
    throw error;
  }
  const result = zxcvbn.check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = result.feedback.warning ? ` ${result.feedback.warning}` : "";
  const suggestion = result.feedback.suggestions[0] ? ` ${result.feedback.suggestions[0]}` : "";
  return `This password is too easy to guess.${hint}${suggestion} A few unrelated words together work well.`;
}
