// The status page's read-only part: which event or hearing, the organisation, the status in plain
// words with what happens next, the contact person and the representatives. Everything typed by
// the registrant is rendered as text (React escapes it), never as HTML.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui";
import type { PublicLocale } from "@/lib/i18n/routing";
import { countryName, isKnownCountryCode } from "@/lib/states/names";

export type RegistrationStatusValue = "AWAITING_CONFIRMATION" | "SUBMITTED" | "APPROVED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";

export interface RegistrationStatusData {
  status: RegistrationStatusValue;
  nonObjectionPending: boolean;
  /** What was registered for: a hearing (meetingTitle) or a whole event (eventTitle). */
  eventTitle?: string | null;
  meetingTitle?: string | null;
  organisation: { name: string; type: string; countryCode: string; website?: string | null; ecosocStatus: string; description?: string | null };
  contact: { name: string; function?: string | null; email: string; phone?: string | null };
  representatives: { name: string; function?: string | null; email: string }[];
  /** For a declined registration: the period's message and the reason staff gave. */
  declineMessage?: string | null;
  decisionReason?: string | null;
}

const TONES: Record<RegistrationStatusValue, BadgeTone> = {
  AWAITING_CONFIRMATION: "warning",
  SUBMITTED: "info",
  APPROVED: "success",
  WAITLISTED: "warning",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
};

export async function RegistrationStatus({ data, locale }: { data: RegistrationStatusData; locale: PublicLocale }) {
  const [t, form] = await Promise.all([getTranslations({ locale, namespace: "registration.status" }), getTranslations({ locale, namespace: "registration.form" })]);
  const next = data.status === "SUBMITTED" && data.nonObjectionPending ? t("next.SUBMITTED_NON_OBJECTION") : t(`next.${data.status}`);
  const type = (form.has(`type.${data.organisation.type}` as "type.NGO") ? form(`type.${data.organisation.type}` as "type.NGO") : data.organisation.type) as string;
  const ecosoc = (form.has(`ecosoc.${data.organisation.ecosocStatus}` as "ecosoc.NONE") ? form(`ecosoc.${data.organisation.ecosocStatus}` as "ecosoc.NONE") : data.organisation.ecosocStatus) as string;
  return (
    <div className="reg-status">
      <section aria-labelledby="status-heading" className="card">
        <h2 id="status-heading" className="card__title">
          {t("statusLabel")}: <Badge tone={TONES[data.status]}>{t(`state.${data.status}`)}</Badge>
        </h2>
        <p data-testid="status-next">{next}</p>
        {data.declineMessage ? <p className="reg-pre">{data.declineMessage}</p> : null}
        {data.decisionReason ? (
          <p className="reg-pre">
            <strong>{t("reason")}:</strong> {data.decisionReason}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="registration-heading" className="reg-section">
        <h2 id="registration-heading">{data.organisation.name}</h2>
        <dl className="facts">
          {data.eventTitle ? (
            <>
              <dt>{t("event")}</dt>
              <dd>{data.eventTitle}</dd>
            </>
          ) : null}
          {data.meetingTitle ? (
            <>
              <dt>{t("meeting")}</dt>
              <dd>{data.meetingTitle}</dd>
            </>
          ) : null}
          <dt>{t("type")}</dt>
          <dd>{type}</dd>
          <dt>{t("country")}</dt>
          <dd>{isKnownCountryCode(data.organisation.countryCode) ? countryName(data.organisation.countryCode, locale) : data.organisation.countryCode}</dd>
          <dt>{t("ecosocStatus")}</dt>
          <dd>{ecosoc}</dd>
          {data.organisation.website ? (
            <>
              <dt>{t("website")}</dt>
              <dd className="reg-break">{data.organisation.website}</dd>
            </>
          ) : null}
          {data.organisation.description ? (
            <>
              <dt>{t("description")}</dt>
              <dd className="reg-pre">{data.organisation.description}</dd>
            </>
          ) : null}
          <dt>{t("contact")}</dt>
          <dd>
            <PersonLines person={data.contact} />
            {data.contact.phone ? <div>{data.contact.phone}</div> : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="representatives-heading" className="reg-section">
        <h2 id="representatives-heading">{t("representatives")}</h2>
        <ol className="reg-representatives">
          {data.representatives.map((person, index) => (
            <li key={index}>
              <PersonLines person={person} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function PersonLines({ person }: { person: { name: string; function?: string | null; email: string } }) {
  return (
    <>
      <div>
        <strong>{person.name}</strong>
        {person.function ? `, ${person.function}` : null}
      </div>
      <div className="reg-break">{person.email}</div>
    </>
  );
}
