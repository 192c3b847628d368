// Client-safe schemas of the staff-account forms (ADMIN only), shared by the forms and the
// server actions, plus the staff list's URL state.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { refineStrength } from "@/lib/auth/password-schemas";
import { defineListParams, enumFilter } from "@/lib/validation/list-params";
import { emailSchema, personNameSchema, recordIdSchema } from "@/lib/validation/common";

export const STAFF_ROLES = ["ADMIN", "EDITOR", "REGISTRAR"] as const;
export type StaffRoleValue = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRoleValue, string> = { ADMIN: "Administrator", EDITOR: "Editor", REGISTRAR: "Registrar" };
export const STAFF_ROLE_DESCRIPTIONS: Record<StaffRoleValue, string> = {
  ADMIN: "everything, including staff accounts and the activity log",
  EDITOR: "events, meetings, agendas and documents",
  REGISTRAR: "registrations only; reads the content",
};

export const staffRoleSchema = z.enum(STAFF_ROLES, { error: "Choose a role." });

/**
 * A temporary password an administrator sets, or "" to have one generated. When given it follows
 * the same rules as a password the user chooses; the user must replace it at their next sign-in.
 */
const temporaryPasswordField = z
  .string()
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => value === "" || value.length >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters, or leave it empty to generate one.`);

export const createStaffSchema = z
  .object({ name: personNameSchema, email: emailSchema, role: staffRoleSchema, password: temporaryPasswordField })
  .superRefine(async (value, ctx) => {
    if (value.password.length >= PASSWORD_MIN_LENGTH) await refineStrength(ctx, "password", value.password, value);
  });
export type CreateStaffInput = z.input<typeof createStaffSchema>;

/** `updatedAt` is the version the form was loaded with (compare-and-set, as meetings use `version`). */
export const updateStaffSchema = z.object({
  id: recordIdSchema,
  name: personNameSchema,
  role: staffRoleSchema,
  updatedAt: z.iso.datetime({ offset: true, error: "Missing version." }),
});
export type UpdateStaffInput = z.input<typeof updateStaffSchema>;

export const setStaffActiveSchema = z.object({ id: recordIdSchema, active: z.boolean() });

/** Resetting someone's password: `person` is the account's owner. */
export function resetStaffPasswordSchema(person: { email: string; name: string }) {
  return z.object({ id: recordIdSchema, password: temporaryPasswordField }).superRefine(async (value, ctx) => {
    if (value.password.length >= PASSWORD_MIN_LENGTH) await refineStrength(ctx, "password", value.password, person);
  });
}
export type ResetStaffPasswordInput = z.input<ReturnType<typeof resetStaffPasswordSchema>>;

export const STAFF_STATUS_FILTERS = ["active", "inactive"] as const;

export const staffListParams = defineListParams({
  sortColumns: ["name", "email", "role", "lastSignInAt"],
  defaultSort: "name",
  filters: { role: enumFilter(STAFF_ROLES), status: enumFilter(STAFF_STATUS_FILTERS) },
});
export type StaffListParams = ReturnType<typeof staffListParams.parse>;
