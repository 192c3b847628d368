// /admin: the dashboard, the console's home for every staff member. What each block holds depends
// on the role: registrations only for those who process them, the whole activity log only for
// administrators (others see their own recent actions).
import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/staff-queries";
import { Drafts, RecentActivity, RegistrationsAwaitingReview, ScheduledPublications, UpcomingMeetings } from "./_dashboard/dashboard-blocks";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireStaffPage("/admin");
  const dashboard = await getDashboard();
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome, ${session.name}. What needs attention next.`} />
      <div className="dashboard">
        <UpcomingMeetings meetings={dashboard.upcomingMeetings} today={today} />
        <Drafts drafts={dashboard.drafts} />
        <ScheduledPublications scheduled={dashboard.scheduled} />
        {dashboard.registrationsAwaitingReview === null ? null : <RegistrationsAwaitingReview count={dashboard.registrationsAwaitingReview} />}
        <RecentActivity activity={dashboard.activity} />
      </div>
    </>
  );
}
