// /admin/mail/[id]: one email — its headers, its text with clickable links, its HTML shown inertly
// (components/mail/html-preview.tsx says why it is safe) and "Send again" for held or failed ones.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { HtmlPreview } from "@/components/mail/html-preview";
import { LinkedText } from "@/components/mail/linked-text";
import { formatMailInstant, MailStatusBadge } from "@/components/mail/mail-status";
import { ResendMailButton } from "@/components/mail/resend-mail-button";
import { Card } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { LANGUAGE_AUTONYMS, isUnLanguage } from "@/lib/i18n/languages";
import { getMailMessage } from "@/lib/mail/staff-queries";
import { mailHost } from "@/lib/mail/address";
import { EMAIL_TEMPLATE_LABELS, type EmailTemplate } from "@/lib/mail/types";
import { recordIdSchema } from "@/lib/validation/common";
import "../_components/mail.css";
import "./mail-message.css";

export const metadata: Metadata = { title: "Email" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function MailMessagePage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/mail/${id.data}` : "/admin/mail");
  if (!id.success) notFound();
  const breadcrumbs = [{ label: "Mail log", href: "/admin/mail" }];
  if (!can(session.role, "mail:read")) {
    return (
      <>
        <PageHeader title="Email" breadcrumbs={breadcrumbs} />
        <NotPermitted what="read the Mail log" />
      </>
    );
  }
  const message = await getMailMessage(id.data);
  if (!message) notFound();
  const resendable = (message.status === "HELD" || message.status === "FAILED") && can(session.role, "mail:resend");
  const config = env();

  return (
    <>
      <PageHeader
        title={message.subject || "Email"}
        breadcrumbs={breadcrumbs}
        description={
          <p>
            <MailStatusBadge status={message.status} /> · {EMAIL_TEMPLATE_LABELS[message.template as EmailTemplate] ?? message.template}
          </p>
        }
        actions={resendable ? <ResendMailButton id={message.id} status={message.status as "HELD" | "FAILED"} smtpConfigured={Boolean(config.SMTP_URL)} /> : null}
      />
      <Card title="Headers" id="mail-headers">
        <dl className="facts">
          <dt>To</dt>
          <dd className="mail-log__recipient">{message.recipient}</dd>
          <dt>Subject</dt>
          <dd>{message.subject}</dd>
          <dt>Message-ID</dt>
          <dd>
            <code>{`<${message.id}@${mailHost(config)}>`}</code>
          </dd>
          <dt>Language</dt>
          <dd>{isUnLanguage(message.language) ? LANGUAGE_AUTONYMS[message.language] : message.language}</dd>
          <dt>Written</dt>
          <dd>{formatMailInstant(message.createdAt)}</dd>
          <dt>Attempts</dt>
          <dd>{message.attempts}</dd>
          {message.status === "PENDING" ? (
            <>
              <dt>Next attempt</dt>
              <dd>{formatMailInstant(message.nextAttemptAt)}</dd>
            </>
          ) : null}
          <dt>Sent</dt>
          <dd>{message.sentAt ? formatMailInstant(message.sentAt) : "—"}</dd>
          {message.lastError ? (
            <>
              <dt>Last error</dt>
              <dd>{message.lastError}</dd>
            </>
          ) : null}
          {message.registrationId ? (
            <>
              <dt>Registration</dt>
              <dd>
                <Link href={`/admin/registrations/${message.registrationId}`}>Open the registration</Link>
              </dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card title="Text" id="mail-text">
        {message.status === "SENT" ? <p className="muted">Personal links were removed from the stored copy once the email was sent.</p> : null}
        <LinkedText text={message.textBody} className="mail-text" />
      </Card>
      <Card title="As the recipient sees it" id="mail-html">
        <HtmlPreview html={message.htmlBody} title={`HTML version of “${message.subject}”`} />
      </Card>
    </>
  );
}
