// /admin/staff/new: add a staff member (ADMIN only).
import type { Metadata } from "next";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { CreateStaffForm } from "../_components/create-staff-form";

export const metadata: Metadata = { title: "Add a staff member" };

export default async function NewStaffPage() {
  const session = await requireStaffPage("/admin/staff/new");
  if (!can(session.role, "staff:manage")) return <NotPermitted what="manage staff accounts" />;
  return (
    <>
      <PageHeader
        title="Add a staff member"
        breadcrumbs={[{ label: "Staff", href: "/admin/staff" }]}
        description="The account is active at once with a temporary password, which its owner must replace when they first sign in."
      />
      <CreateStaffForm />
    </>
  );
}
