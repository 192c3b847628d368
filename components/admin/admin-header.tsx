// The staff console's banner: name, navigation, who is signed in (with role), their account and
// the sign-out buttons. Sign-out is a POST (a server action), never a link a crawler or prefetch
// could follow. Sections the role cannot use are left out of the navigation (the pages refuse
// them anyway).
import Link from "next/link";
import { Button } from "@/components/ui";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { can, type Permission } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ConsoleNav, type ConsoleNavItem } from "./console-nav";

export const ROLE_LABELS: Record<StaffRole, string> = { ADMIN: "Administrator", EDITOR: "Editor", REGISTRAR: "Registrar" };

const SECTIONS: readonly (ConsoleNavItem & { permission: Permission })[] = [
  { href: "/admin", label: "Dashboard", permission: "content:read" },
  { href: "/admin/events", label: "Events", permission: "content:read" },
  { href: "/admin/meetings", label: "Meetings", permission: "content:read" },
  { href: "/admin/documents", label: "Documents", permission: "content:read" },
  { href: "/admin/registrations", label: "Registrations", permission: "registrations:read" },
  { href: "/admin/mail", label: "Mail log", permission: "mail:read" },
  { href: "/admin/staff", label: "Staff", permission: "staff:manage" },
  { href: "/admin/activity", label: "Activity", permission: "audit:read" },
];

export function AdminHeader({ name, role }: { name: string; role: StaffRole }) {
  const items = SECTIONS.filter((section) => can(role, section.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <header className="admin-header">
      <div className="container admin-header__inner">
        <Link href="/admin" className="admin-header__brand">
          HLD Portal · Staff
        </Link>
        <div className="admin-header__user">
          <p>
            Signed in as <strong>{name}</strong> <span className="admin-header__role">({ROLE_LABELS[role]})</span>
          </p>
          <Link href="/admin/account">Your account</Link>
          <Link href="/en">Public site</Link>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="small">
              Sign out
            </Button>
          </form>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="secondary" size="small">
              Sign out everywhere
            </Button>
          </form>
        </div>
      </div>
      <div className="admin-header__nav-band">
        <div className="container">
          <ConsoleNav items={items} />
        </div>
      </div>
    </header>
  );
}
