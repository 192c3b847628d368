"use client";
// The meeting edit form: the shared versioned editor (stale saves refused and explained, status
// buttons below) with the meeting's fields and actions.
import { zodResolver } from "@hookform/resolvers/zod";
import { VersionedEditor } from "@/components/events/versioned-editor";
import type { UnLanguage } from "@/lib/i18n/languages";
import { cancelMeetingAction, deleteMeetingAction, publishMeetingAction, unpublishMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { meetingFormSchema, type MeetingFormInput, type MeetingFormValues, type MeetingStatus } from "@/lib/meetings/schemas";
import { MEETING_ERROR_PATHS, MeetingFields } from "../../_components/meeting-fields";

const HANDLERS = { publish: publishMeetingAction, unpublish: unpublishMeetingAction, cancel: cancelMeetingAction, remove: deleteMeetingAction };

export interface MeetingEditorProps {
  initial: MeetingFormInput;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  canEdit: boolean;
  canPublish: boolean;
}

export function MeetingEditor(props: MeetingEditorProps) {
  return (
    <VersionedEditor<MeetingFormInput, MeetingFormValues>
      {...props}
      what="meeting"
      listHref="/admin/meetings"
      resolver={zodResolver(meetingFormSchema)}
      save={updateMeetingAction}
      errorPaths={MEETING_ERROR_PATHS}
      fields={(form) => <MeetingFields form={form} />}
      handlers={HANDLERS}
      className="meeting-editor"
    />
  );
}
