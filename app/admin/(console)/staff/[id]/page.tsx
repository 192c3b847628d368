// /admin/staff/[id]: one staff account (ADMIN only): name and role, active or not, password reset.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { Badge, Card } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getStaffMember } from "@/lib/staff/queries";
import { recordIdSchema } from "@/lib/validation/common";
import { EditStaffForm } from "../_components/edit-staff-form";
import { ResetPassword } from "../_components/reset-password";
import { StaffStatus } from "../_components/staff-status";

export const metadata: Metadata = { title: "Staff member" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function StaffMemberPage({ params }: PageProps) {
  const { id } = await params;
  const session = await requireStaffPage(`/admin/staff/${encodeURIComponent(id)}`);
  if (!can(session.role, "staff:manage")) return <NotPermitted what="manage staff accounts" />;
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const member = await getStaffMember(parsed.data);
  if (!member) notFound();
  const isSelf = member.id === session.userId;

  return (
    <>
      <PageHeader
        title={member.name}
        breadcrumbs={[{ label: "Staff", href: "/admin/staff" }]}
        description={
          <>
            {member.email} · {member.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Deactivated</Badge>}
            {member.mustChangePassword ? <> <Badge tone="warning">Temporary password</Badge></> : null} · last sign-in{" "}
            {member.lastSignInAt ? <time dateTime={member.lastSignInAt}>{member.lastSignInAt.slice(0, 16).replace("T", " ")} UTC</time> : "never"}
          </>
        }
      />
      <Card title="Name and role">
        <EditStaffForm member={{ id: member.id, name: member.name, role: member.role, updatedAt: member.updatedAt }} isSelf={isSelf} />
      </Card>
      <Card title="Access">
        <StaffStatus member={{ id: member.id, name: member.name, isActive: member.isActive }} isSelf={isSelf} />
      </Card>
      <Card title="Password">
        {isSelf ? (
          <p>
            Change your own password under <Link href="/admin/account">Your account</Link>.
          </p>
        ) : (
          <ResetPassword member={{ id: member.id, name: member.name, email: member.email }} />
        )}
      </Card>
    </>
  );
}
