// The stored agenda as a plain list, in English: the print view and the read-only view of staff
// who may not edit agendas. Server-renderable (no hooks).
import { formatAgendaTime } from "@/components/meetings/format";
import { SPEAKER_ROLE_LABELS } from "@/lib/agenda/schemas";
import type { StaffAgendaItem } from "@/lib/agenda/staff-queries";
import "./agenda-editor.css";

export function AgendaList({ items, timeZone, headingLevel = 2 }: { items: StaffAgendaItem[]; timeZone: string; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return <p>This meeting has no agenda yet.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="agenda-print__items">
      {items.map((item, index) => (
        <li key={`${index}-${item.title}`} className={`agenda-print__item${item.kind === "BREAK" ? " agenda-print__item--break" : ""}`}>
          <div className="agenda-print__time">{formatAgendaTime(item.startsAt, item.endsAt, timeZone, "en") ?? ""}</div>
          <div>
            <Heading className="agenda-print__title">
              {item.kind === "BREAK" ? <span className="visually-hidden">Break: </span> : null}
              {item.title}
            </Heading>
            {item.description ? <p>{item.description}</p> : null}
            {item.speakers.length > 0 ? (
              <ul className="agenda-print__speakers" aria-label={`Speakers of “${item.title}”`}>
                {item.speakers.map((speaker, speakerIndex) => (
                  <li key={`${speakerIndex}-${speaker.name}`}>
                    <strong>{SPEAKER_ROLE_LABELS[speaker.role]}:</strong> {[speaker.name, speaker.function, speaker.organisation].filter(Boolean).join(", ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
