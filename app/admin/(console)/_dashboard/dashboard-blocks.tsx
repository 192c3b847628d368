// The dashboard's blocks. Each says what it lists, shows an empty state when there is nothing,
// and links to the list where the rest is.
import Link from "next/link";
import { EmptyState } from "@/components/admin/empty-state";
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import { Badge, type BadgeTone, Card } from "@/components/ui";
import type { Dashboard } from "@/lib/dashboard/queries";
import "./dashboard.css";

const STATUS: Record<"DRAFT" | "PUBLISHED" | "CANCELLED", { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "warning" },
  PUBLISHED: { label: "Published", tone: "success" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
};

function More({ href, children }: { href: string; children: string }) {
  return (
    <p className="dashboard__more">
      <Link href={href}>{children}</Link>
    </p>
  );
}

export function UpcomingMeetings({ meetings, today }: { meetings: Dashboard["upcomingMeetings"]; today: string }) {
  return (
    <Card id="upcoming" title="Upcoming meetings">
      {meetings.length === 0 ? (
        <EmptyState title="No upcoming meetings">Meetings with a date from today on appear here, published or not.</EmptyState>
      ) : (
        <ul className="dashboard__list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link href={`/admin/meetings/${meeting.id}`}>{meeting.title}</Link> <Badge tone={STATUS[meeting.status].tone}>{STATUS[meeting.status].label}</Badge>
              <span className="dashboard__meta">
                {meeting.when}
                {meeting.eventTitle ? ` · ${meeting.eventTitle}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <More href={`/admin/meetings?from=${today}`}>All upcoming meetings</More>
    </Card>
  );
}

export function Drafts({ drafts }: { drafts: Dashboard["drafts"] }) {
  return (
    <Card id="drafts" title="Drafts awaiting publication">
      {drafts.rows.length === 0 ? (
        <EmptyState title="No drafts waiting">Every draft is either published or scheduled.</EmptyState>
      ) : (
        <>
          <p>
            {drafts.meetings} {drafts.meetings === 1 ? "meeting" : "meetings"} and {drafts.events} {drafts.events === 1 ? "event" : "events"} not yet published or scheduled.
          </p>
          <ul className="dashboard__list">
            {drafts.rows.map((draft) => (
              <li key={`${draft.kind}-${draft.id}`}>
                <Link href={draft.href}>{draft.title}</Link>
                <span className="dashboard__meta">
                  {draft.kind} · last changed <AuditTime at={draft.updatedAt} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <More href="/admin/meetings?status=DRAFT">Draft meetings</More>
      <More href="/admin/events?status=DRAFT">Draft events</More>
    </Card>
  );
}

export function ScheduledPublications({ scheduled }: { scheduled: Dashboard["scheduled"] }) {
  return (
    <Card id="scheduled" title="Scheduled publications">
      {scheduled.length === 0 ? (
        <EmptyState title="Nothing scheduled">Set “publish at” on a draft meeting or event to have it published at that time.</EmptyState>
      ) : (
        <ul className="dashboard__list">
          {scheduled.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <Link href={item.href}>{item.title}</Link>
              <span className="dashboard__meta">
                {item.kind} · publishes <AuditTime at={item.publishAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <More href="/admin/meetings?status=DRAFT">Draft meetings</More>
    </Card>
  );
}

export function RegistrationsAwaitingReview({ count }: { count: number }) {
  return (
    <Card id="registrations" title="Registrations awaiting review">
      {count === 0 ? (
        <EmptyState title="No registrations to review">Submitted registrations wait here for a decision.</EmptyState>
      ) : (
        <p className="dashboard__count">{count}</p>
      )}
      <More href="/admin/registrations?status=SUBMITTED">{count === 0 ? "All registrations" : "Review submitted registrations"}</More>
    </Card>
  );
}

export function RecentActivity({ activity }: { activity: Dashboard["activity"] }) {
  const own = activity.scope === "own";
  return (
    <Card id="activity" title={own ? "Your recent actions" : "Recent activity"} className="dashboard__wide">
      {activity.rows.length === 0 ? (
        <EmptyState title={own ? "You have not changed anything yet" : "Nothing recorded yet"}>Changes, publications and sign-ins are recorded here as they happen.</EmptyState>
      ) : (
        <ul className="dashboard__list">
          {activity.rows.map((row) => (
            <li key={row.id}>
              <strong>{row.actionLabel}</strong>
              {row.entityHref ? (
                <>
                  {" "}
                  {/* Content records by name; staff accounts by kind (one's own sign-ins would repeat one's own name). */}
                  <Link href={row.entityHref}>{row.entityType === "StaffUser" ? "(staff account)" : (row.entityLabel ?? row.entityType.toLowerCase())}</Link>
                </>
              ) : null}
              <span className="dashboard__meta">
                {own ? "" : `${row.actor} · `}
                <AuditTime at={row.at} />
              </span>
              {/* Sign-in entries carry technical details only; content changes are short enough to show. */}
              {!row.action.startsWith("auth.") && row.changes.length > 0 && row.changes.length <= 4 ? <ChangeList changes={row.changes} /> : null}
            </li>
          ))}
        </ul>
      )}
      {own ? null : <More href="/admin/activity">All activity</More>}
    </Card>
  );
}
