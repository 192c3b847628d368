// /admin/account: the signed-in user's own account (every role): who they are, their password.
import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui";
import { requireStaffPage } from "@/lib/auth/session";
import { STAFF_ROLE_DESCRIPTIONS, STAFF_ROLE_LABELS } from "@/lib/staff/schemas";
import { AccountPassword } from "./_components/account-password";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await requireStaffPage("/admin/account");
  return (
    <>
      <PageHeader title="Your account" />
      <Card title="Who you are">
        <dl className="facts">
          <dt>Name</dt>
          <dd>{session.name}</dd>
          <dt>Email</dt>
          <dd>{session.email}</dd>
          <dt>Role</dt>
          <dd>
            {STAFF_ROLE_LABELS[session.role]}: {STAFF_ROLE_DESCRIPTIONS[session.role]}
          </dd>
        </dl>
        <p className="muted">An administrator can change your name or role.</p>
      </Card>
      <Card title="Change your password">
        <AccountPassword person={{ email: session.email, name: session.name }} />
      </Card>
    </>
  );
}
