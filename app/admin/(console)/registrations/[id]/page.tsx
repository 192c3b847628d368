// /admin/registrations/[id]: one registration to review: the organisation, its contact and
// representatives, status and non-objection stage, the decisions, notes, the emails sent about it
// and its history. Opening it is audited (registration.viewed): it shows personal data. Every
// value is rendered as text; the organisation's website is a link only when it is http(s).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTime } from "@/components/audit/change-list";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { STATUS_TONES, NON_OBJECTION_TONES } from "@/components/registrations/staff/labels";
import { NonObjectionActions } from "@/components/registrations/staff/non-objection-actions";
import { RegistrationDecisions } from "@/components/registrations/staff/registration-decisions";
import { RegistrationHistory } from "@/components/registrations/staff/registration-history";
import { RegistrationNotes } from "@/components/registrations/staff/registration-notes";
import { SafeExternalLink } from "@/components/registrations/staff/safe-link";
import { Alert, Badge, Card } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { NON_OBJECTION_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/registrations/list-params";
import { getStaffRegistration } from "@/lib/registrations/staff-queries";
import { recordIdSchema } from "@/lib/validation/common";
import "@/components/registrations/staff/registrations-staff.css";

export const metadata: Metadata = { title: "Registration" };

interface PageProps {
  params: Promise<{ id: string }>;
}

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "French", es: "Spanish", ar: "Arabic", zh: "Chinese", ru: "Russian" };

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function RegistrationPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/registrations/${id.data}` : "/admin/registrations");
  if (!id.success) notFound();
  if (!can(session.role, "registrations:read")) return <NotPermitted what="see registrations" />;
  const registration = await getStaffRegistration(id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canDecide = can(session.role, "registrations:decide");
  const { organisation, contact, period } = registration;
  const anonymised = registration.anonymisedAt !== null;

  return (
    <>
      <PageHeader
        title={organisation.name}
        breadcrumbs={[{ label: "Registrations", href: "/admin/registrations" }]}
        description={
          <p>
            <Badge tone={STATUS_TONES[registration.status]}>{REGISTRATION_STATUS_LABELS[registration.status]}</Badge> · For{" "}
            <Link href={`/admin/registrations/periods/${period.id}`}>{period.title}</Link>
            {registration.confirmedAt ? (
              <>
                {" "}
                · confirmed <AuditTime at={registration.confirmedAt} />
              </>
            ) : null}
          </p>
        }
      />
      {anonymised && registration.anonymisedAt ? (
        <Alert tone="info" title="Anonymised">
          <p>
            The personal data of this registration was removed on <AuditTime at={registration.anonymisedAt} /> after the retention period. The organisation and the
            counts remain.
          </p>
        </Alert>
      ) : null}
      <div className="registration-detail">
        <Card id="registration-decision" title="Decision">
          <dl className="facts">
            <Fact term="Status">
              <Badge tone={STATUS_TONES[registration.status]}>{REGISTRATION_STATUS_LABELS[registration.status]}</Badge>
            </Fact>
            {registration.decidedAt ? (
              <Fact term="Decided">
                <AuditTime at={registration.decidedAt} />
                {registration.decidedBy ? ` by ${registration.decidedBy}` : ""}
              </Fact>
            ) : null}
            {registration.waitlistedAt && registration.status === "WAITLISTED" ? (
              <Fact term="Waitlisted">
                <AuditTime at={registration.waitlistedAt} />
              </Fact>
            ) : null}
            {registration.withdrawnAt ? (
              <Fact term="Withdrawn by the registrant">
                <AuditTime at={registration.withdrawnAt} />
              </Fact>
            ) : null}
            {registration.decisionReason ? <Fact term="Reason given">{registration.decisionReason}</Fact> : null}
          </dl>
          {canDecide && !anonymised ? (
            <RegistrationDecisions id={registration.id} organisation={organisation.name} status={registration.status} nonObjection={registration.nonObjection} />
          ) : null}
        </Card>
        <Card id="registration-non-objection" title="Non-objection">
          <p>
            <Badge tone={NON_OBJECTION_TONES[registration.nonObjection]}>{NON_OBJECTION_STATUS_LABELS[registration.nonObjection]}</Badge>
            {registration.nonObjectionDecidedAt ? (
              <>
                {" "}
                · recorded <AuditTime at={registration.nonObjectionDecidedAt} />
              </>
            ) : null}
          </p>
          {registration.nonObjection === "NOT_REQUIRED" ? (
            <p className="muted">
              {period.nonObjectionRequired ? "Organisations with ECOSOC consultative status register directly." : "This hearing does not ask for non-objection."}
            </p>
          ) : null}
          {registration.nonObjection === "PENDING" && canDecide ? <NonObjectionActions id={registration.id} organisation={organisation.name} /> : null}
        </Card>
        <Card id="registration-organisation" title="Organisation">
          <dl className="facts">
            <Fact term="Name">{organisation.name}</Fact>
            <Fact term="Type">{organisation.typeLabel}</Fact>
            <Fact term="Country">{organisation.country}</Fact>
            <Fact term="Website">{organisation.website ? <SafeExternalLink href={organisation.website} /> : "—"}</Fact>
            <Fact term="ECOSOC status">{organisation.ecosocLabel}</Fact>
            <Fact term="Listed publicly as a partner">{registration.publicListingConsent ? "Yes, if approved" : "No"}</Fact>
          </dl>
          {organisation.description ? <p className="registration-detail__description">{organisation.description}</p> : null}
        </Card>
        <Card id="registration-contact" title="Contact person">
          {anonymised ? (
            <p className="muted">Removed (anonymised).</p>
          ) : (
            <dl className="facts">
              <Fact term="Name">{contact.name}</Fact>
              <Fact term="Function">{contact.function ?? "—"}</Fact>
              <Fact term="Email">{contact.email}</Fact>
              <Fact term="Telephone">{contact.phone ?? "—"}</Fact>
              <Fact term="Language of emails">{LANGUAGE_NAMES[registration.language] ?? registration.language}</Fact>
            </dl>
          )}
        </Card>
        <Card id="registration-representatives" title={`Representatives (${registration.representativeCount} of at most ${period.maxRepresentatives})`}>
          {registration.representatives.length === 0 ? (
            <p className="muted">{anonymised ? "Removed (anonymised)." : "None."}</p>
          ) : (
            <ol className="registration-representatives">
              {registration.representatives.map((person) => (
                <li key={person.position}>
                  <strong>{person.name}</strong>
                  {person.function ? `, ${person.function}` : ""} · {person.email}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card id="registration-notes" title="Notes">
          <RegistrationNotes id={registration.id} notes={registration.notes} canAdd={canDecide && !anonymised} />
        </Card>
        <Card id="registration-emails" title="Emails about this registration">
          {registration.emails.length === 0 ? (
            <p className="muted">No email has been written for this registration.</p>
          ) : (
            <ul className="registration-emails">
              {registration.emails.map((email) => (
                <li key={email.id}>
                  {can(session.role, "mail:read") ? <Link href={email.href}>{email.subject}</Link> : email.subject} · {email.status.toLowerCase()} ·{" "}
                  <AuditTime at={email.sentAt ?? email.createdAt} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card id="registration-history" title="History">
          <RegistrationHistory history={registration.history} />
        </Card>
      </div>
    </>
  );
}
