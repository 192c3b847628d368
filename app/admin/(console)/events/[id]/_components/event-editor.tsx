"use client";
// The event edit form: the shared versioned editor (stale saves refused and explained, status
// buttons below) with the event's fields and actions.
import { zodResolver } from "@hookform/resolvers/zod";
import { VersionedEditor } from "@/components/events/versioned-editor";
import { cancelEventAction, deleteEventAction, publishEventAction, unpublishEventAction, updateEventAction } from "@/lib/events/actions";
import { eventFormSchema, type EventFormInput, type EventFormValues } from "@/lib/events/schemas";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { MeetingStatus } from "@/lib/meetings/schemas";
import { EVENT_ERROR_PATHS, EventFields } from "../../_components/event-fields";

const HANDLERS = { publish: publishEventAction, unpublish: unpublishEventAction, cancel: cancelEventAction, remove: deleteEventAction };

export interface EventEditorProps {
  initial: EventFormInput;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  canEdit: boolean;
  canPublish: boolean;
}

export function EventEditor(props: EventEditorProps) {
  return (
    <VersionedEditor<EventFormInput, EventFormValues>
      {...props}
      what="event"
      listHref="/admin/events"
      resolver={zodResolver(eventFormSchema)}
      save={updateEventAction}
      errorPaths={EVENT_ERROR_PATHS}
      fields={(form) => <EventFields form={form} />}
      handlers={HANDLERS}
    />
  );
}
