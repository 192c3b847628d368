// The role → permission table (STYLE.md 12). Permissions are data: adding a capability means
// adding a name here and granting it explicitly. `can` answers no to anything it does not know,
// including roles or permission names that arrive from an old token or a typo.
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  /** See the staff console's lists and records of public content (events, meetings, documents). */
  "content:read",
  "events:edit",
  "events:publish",
  "meetings:edit",
  "meetings:publish",
  "agendas:edit",
  "documents:edit",
  "documents:publish",
  /** Registrations hold personal data: only the people who process them see them. */
  "registrations:read",
  /** Approve, waitlist, decline, record non-objection, notes, promote from the waitlist. */
  "registrations:decide",
  /** Open registration on a hearing or event and change its settings (window, capacity, texts). */
  "registrations:configure",
  /** Export registrations and participant lists (personal data leaves the portal: audited). */
  "registrations:export",
  /** The Mail log: every outgoing message, with its recipient and body. */
  "mail:read",
  /** Send a held or failed message again from the Mail log. */
  "mail:resend",
  "staff:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const CONTENT_EDITING: readonly Permission[] = [
  "content:read",
  "events:edit",
  "events:publish",
  "meetings:edit",
  "meetings:publish",
  "agendas:edit",
  "documents:edit",
  "documents:publish",
];

const GRANTS: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  ADMIN: new Set(PERMISSIONS),
  EDITOR: new Set(CONTENT_EDITING),
  REGISTRAR: new Set<Permission>([
    "content:read",
    "registrations:read",
    "registrations:decide",
    "registrations:configure",
    "registrations:export",
    "mail:read",
    "mail:resend",
  ]),
};

/** Whether `role` holds `permission`; false for any unknown role or permission. */
export function can(role: unknown, permission: unknown): boolean {
  if (typeof role !== "string" || typeof permission !== "string") return false;
  if (!Object.hasOwn(GRANTS, role)) return false;
  const granted = GRANTS[role as StaffRole];
  return granted.has(permission as Permission);
}

/** The permissions a role holds, for display (e.g. which actions to offer). */
export function permissionsOf(role: StaffRole): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission));
}
