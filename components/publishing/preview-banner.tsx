// The banner over a staff preview: says plainly that the page below is not public, which status
// the record has, and (for drafts) whether the public will see it once published.
import Link from "next/link";
import type { PublicationStatus } from "@/lib/publishing/schemas";
import "./publishing.css";

const STATUS_TEXT: Record<PublicationStatus, string> = {
  DRAFT: "This is a draft: the public cannot see it.",
  PUBLISHED: "This is published: the public page shows the same content.",
  CANCELLED: "This is cancelled: the public page shows it with its cancellation notice.",
};

export interface PreviewBannerProps {
  entity: "meeting" | "event";
  status: PublicationStatus;
  /** Where the staff edit page is. */
  editHref: string;
  /** Extra note, e.g. that the parent event is still a draft. */
  note?: string;
}

export function PreviewBanner({ entity, status, editHref, note }: PreviewBannerProps) {
  return (
    <aside className="preview-banner" aria-label="Preview notice" data-testid="preview-banner">
      <p className="preview-banner__title">
        <strong>Preview — not public.</strong> {STATUS_TEXT[status]}
      </p>
      {note ? <p>{note}</p> : null}
      <p>
        Shown as the public {entity} page renders it. <Link href={editHref}>Back to editing</Link>
      </p>
    </aside>
  );
}
