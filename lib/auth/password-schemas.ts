// Client-safe schemas of the password forms (change your own; set a temporary one for someone
// else), shared by the forms (zodResolver, which parses asynchronously) and the server actions
// (parseInputAsync). The strength check is asynchronous because its dictionaries load lazily.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { passwordWeakness } from "@/lib/auth/password-strength";

export const TOO_SHORT_MESSAGE = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
const TOO_LONG_MESSAGE = `A password has at most ${PASSWORD_MAX_LENGTH} characters.`;

/** A password exactly as typed (never trimmed), within the length limits. */
export const newPasswordField = z
  .string({ error: "Enter a new password." })
  .min(PASSWORD_MIN_LENGTH, TOO_SHORT_MESSAGE)
  .max(PASSWORD_MAX_LENGTH, TOO_LONG_MESSAGE);

/** Adds the strength problem of `password`, if any, to the field at `path`. */
export async function refineStrength(ctx: z.RefinementCtx, path: string, password: string, person: { email?: string; name?: string }) {
  const weakness = await passwordWeakness(password, person);
  if (weakness) ctx.addIssue({ code: "custom", path: [path], message: weakness });
}

/** Changing your own password: `person` is the signed-in user (their name and email are refused). */
export function changePasswordSchema(person: { email: string; name: string }) {
  return z
    .object({
      currentPassword: z
        .string({ error: "Enter your current password." })
        .min(1, "Enter your current password.")
        .max(PASSWORD_MAX_LENGTH, TOO_LONG_MESSAGE),
      newPassword: newPasswordField,
      confirmation: z.string({ error: "Repeat the new password." }),
    })
    .superRefine(async (value, ctx) => {
      if (value.confirmation !== value.newPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmation"], message: "The two new passwords are not the same." });
      }
      if (value.newPassword === value.currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
        return;
      }
      // A too-short password already has its message; the strength verdict would only repeat it.
      if (value.newPassword.length >= PASSWORD_MIN_LENGTH) await refineStrength(ctx, "newPassword", value.newPassword, person);
    });
}

export type ChangePasswordInput = z.input<ReturnType<typeof changePasswordSchema>>;
