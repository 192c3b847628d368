// The staff console's banner: name, navigation, who is signed in, and the sign-out buttons.
// Sign-out is a POST (a server action), never a link a crawler or prefetch could follow.
import Link from "next/link";
import { Button } from "@/components/ui";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import type { StaffRole } from "@/lib/generated/prisma/enums";

const ROLE_LABELS: Record<StaffRole, string> = { ADMIN: "Administrator", EDITOR: "Editor", REGISTRAR: "Registrar" };

export function AdminHeader({ name, role }: { name: string; role: StaffRole }) {
  return (
    <header className="admin-header">
      <div className="container admin-header__inner">
        <Link href="/admin" className="admin-header__brand">
          HLD Portal · Staff
        </Link>
        <nav className="admin-header__nav" aria-label="Staff console">
          <ul>
            <li>
              <Link href="/admin">Meetings</Link>
            </li>
            <li>
              <Link href="/en">Public site</Link>
            </li>
          </ul>
        </nav>
        <div className="admin-header__user">
          <p>
            Signed in as <strong>{name}</strong> ({ROLE_LABELS[role]})
          </p>
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
    </header>
  );
}
