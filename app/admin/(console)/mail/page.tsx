// /admin/mail: the Mail log — every email the portal wrote to its outbox, with its delivery state.
// Without a mail server (SMTP_URL) messages are held here, readable by staff. Filters live in the
// URL; the server queries one page.
import type { Metadata } from "next";
import { EmptyState } from "@/components/admin/empty-state";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { Alert } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { mailListParams, OUTBOX_STATUS_LABELS, OUTBOX_STATUSES } from "@/lib/mail/list-params";
import { listMailLog } from "@/lib/mail/staff-queries";
import { EMAIL_TEMPLATE_LABELS, EMAIL_TEMPLATES } from "@/lib/mail/types";
import { MailTable } from "./_components/mail-table";

export const metadata: Metadata = { title: "Mail log" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MailLogPage({ searchParams }: PageProps) {
  const params = mailListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/mail${mailListParams.toQuery(params)}`);
  const header = <PageHeader title="Mail log" description="Every email sent to registrants, with its delivery. Held and failed emails can be sent again." />;
  if (!can(session.role, "mail:read")) {
    return (
      <>
        {header}
        <NotPermitted what="read the Mail log" />
      </>
    );
  }
  const { rows, total } = await listMailLog(params);
  const filtered = mailListParams.isFiltered(params);
  const { defaults } = mailListParams;
  const smtpConfigured = Boolean(env().SMTP_URL);

  return (
    <>
      {header}
      {smtpConfigured ? null : (
        <Alert tone="info" title="No mail server is configured">
          <p>SMTP_URL is not set, so emails are not sent: they are held here. Open one to read it and follow its links.</p>
        </Alert>
      )}
      {total === 0 && !filtered ? (
        <EmptyState title="No emails yet">
          <p>Emails appear here as soon as a registration, a confirmation or a decision writes one.</p>
        </EmptyState>
      ) : (
        <>
          <ListFilters
            action="/admin/mail"
            label="Filter emails"
            filtered={filtered}
            search={{ label: "Search emails", value: params.q, hint: "Recipient or subject" }}
            selects={[
              { name: "status", label: "Status", value: params.status, options: OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] })) },
              { name: "template", label: "Template", value: params.template, options: EMAIL_TEMPLATES.map((template) => ({ value: template, label: EMAIL_TEMPLATE_LABELS[template] })) },
            ]}
            keep={{
              sort: params.sort === defaults.sort ? undefined : params.sort,
              dir: params.dir === defaults.dir ? undefined : params.dir,
              size: params.size === defaults.size ? undefined : params.size,
            }}
          />
          <MailTable rows={rows} total={total} params={params} />
        </>
      )}
    </>
  );
}
