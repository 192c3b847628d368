import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/site/localized-text";
import { cx } from "@/components/ui/cx";
import type { PublicMeeting } from "@/lib/meetings/queries";
import type { PublicLocale } from "@/lib/i18n/routing";
import { formatAgendaTime, timeZoneLabel } from "./format";

/** A meeting's agenda: items and breaks in order, with times in the venue's zone and speakers. */
export async function Agenda({ meeting, locale }: { meeting: PublicMeeting; locale: PublicLocale }) {
  const [t, library] = await Promise.all([getTranslations({ locale, namespace: "meeting" }), getTranslations({ locale, namespace: "library" })]);
  if (meeting.agendaItems.length === 0) return <p>{t("agendaNotAvailable")}</p>;
  const firstTimed = meeting.agendaItems.find((item) => item.startsAt)?.startsAt;
  return (
    <>
    {/* Times are the venue's, named once (with daylight saving as it was on the day). */}
    {firstTimed ? <p className="agenda-zone muted">{library("agenda.timesIn", { zone: timeZoneLabel(firstTimed, meeting.timeZone, locale) })}</p> : null}
    <ol className="agenda">
      {meeting.agendaItems.map((item) => {
        const time = formatAgendaTime(item.startsAt, item.endsAt, meeting.timeZone, locale);
        const isBreak = item.kind === "BREAK";
        return (
          <li key={item.id} className={cx("agenda__item", isBreak && "agenda__item--break")}>
            <div className="agenda__time">{time ?? ""}</div>
            <div>
              <h3 className="agenda__title">
                {isBreak ? <span className="visually-hidden">{t("break")}: </span> : null}
                <LocalizedText value={item.title} locale={locale} />
              </h3>
              <LocalizedText value={item.description} locale={locale} as="p" />
              {item.speakers.length > 0 ? (
                <ul className="agenda__speakers" aria-label={t("speakersLabel")}>
                  {item.speakers.map((speaker) => (
                    <li key={speaker.id}>
                      <span className="agenda__role">{t(`role.${speaker.role}`)}:</span> {speaker.name}
                      {speaker.function ? (
                        <>
                          , <LocalizedText value={speaker.function} locale={locale} />
                        </>
                      ) : null}
                      {speaker.organisation ? (
                        <>
                          , <LocalizedText value={speaker.organisation} locale={locale} />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
    </>
  );
}
