// Guarded part of the staff console. This check is the first of several: every page, query and
// action below checks the session again, because layouts do not re-run on every navigation and
// server actions are reachable without them.
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { ConsoleToaster } from "@/components/admin/console-toaster";
import { SkipLink } from "@/components/ui";
import { requireStaffPage } from "@/lib/auth/session";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requireStaffPage();
  return (
    <>
      <SkipLink>Skip to main content</SkipLink>
      <AdminHeader name={session.name} role={session.role} />
      <main id="main" className="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <ConsoleToaster />
    </>
  );
}
