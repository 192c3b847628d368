"use client";
// Scheduled publication of a draft meeting or event: either "Scheduled to publish on … (venue
// time), in N minutes" with a button to cancel, or a venue date-time and "Schedule publication".
// Times are entered and shown at the venue (the meeting's IANA zone), as the hint says. The server
// publishes at that instant (lib/publishing/scheduler.ts), whether or not this page is open.
// Standalone: it needs only these props, and refreshes the page after a change so that the
// surrounding forms pick up the new version.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, TextInput } from "@/components/ui";
import { cancelScheduledPublicationAction, schedulePublicationAction } from "@/lib/publishing/actions";
import { describeCountdown, describeVenueTime } from "@/lib/publishing/format";
import {
  schedulePublicationFormSchema,
  type PublicationStatus,
  type PublishableEntity,
  type SchedulePublicationInput,
  type SchedulePublicationValues,
} from "@/lib/publishing/schemas";
import { instantToZoned } from "@/lib/time/zoned";
import "./publishing.css";

export interface SchedulePublicationProps {
  entity: PublishableEntity;
  id: string;
  version: number;
  status: PublicationStatus;
  /** ISO instant of the scheduled publication, or null. */
  publishAt: string | null;
  /** IANA zone of the venue, in which the time is entered and shown. */
  timeZone: string;
}

/** The current time, ticking every 30 s; null until mounted so server and browser render alike. */
function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const update = () => setNow(Date.now());
    const first = setTimeout(update, 0);
    const timer = setInterval(update, 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

export function SchedulePublication(props: SchedulePublicationProps) {
  const { entity, status, publishAt } = props;
  const headingId = `schedule-${entity}-${props.id}`;
  return (
    <section className="schedule-publication" aria-labelledby={headingId}>
      <h2 id={headingId} className="schedule-publication__title">
        Scheduled publication
      </h2>
      {status !== "DRAFT" ? (
        <p className="muted">
          Only a draft can be scheduled: this {entity} is {status === "PUBLISHED" ? "already published" : "cancelled"}.
        </p>
      ) : publishAt ? (
        <ScheduledNotice {...props} publishAt={publishAt} />
      ) : (
        <ScheduleForm {...props} />
      )}
    </section>
  );
}

function ScheduledNotice({ entity, id, version, publishAt, timeZone }: SchedulePublicationProps & { publishAt: string }) {
  const router = useRouter();
  const now = useNow();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<FormMessage>(null);
  const instant = new Date(publishAt);

  const cancel = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await cancelScheduledPublicationAction({ entity, id, version });
      if (result.ok) {
        toast.success(`Scheduled publication cancelled. The ${entity} stays a draft.`);
        router.refresh();
        return;
      }
      setMessage({ tone: "error", text: result.message });
      toast.error(result.message);
    });

  return (
    <div>
      <FormMessageSlot message={message} />
      <p className="schedule-publication__status" data-testid="scheduled-publication">
        Scheduled to publish on <strong>{describeVenueTime(instant, timeZone)}</strong> (venue time, {timeZone})
        {now === null ? "." : `, ${describeCountdown(instant.getTime() - now)}.`}
      </p>
      <p className="muted">It is published automatically at that time, even if nobody has this page open.</p>
      <div className="form-actions">
        <Button variant="secondary" onClick={cancel} disabled={pending}>
          {pending ? "Cancelling…" : "Cancel scheduled publication"}
        </Button>
      </div>
    </div>
  );
}

function ScheduleForm({ entity, id, version, timeZone }: SchedulePublicationProps) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const schema = useMemo(() => schedulePublicationFormSchema(timeZone), [timeZone]);
  const form = useForm<SchedulePublicationInput, unknown, SchedulePublicationValues>({
    resolver: zodResolver(schema),
    defaultValues: { entity, id, version, publishAt: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const now = useNow();

  useEffect(() => {
    form.setValue("version", version);
  }, [form, version]);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await schedulePublicationAction(values);
    if (result.ok) {
      toast.success(`Publication scheduled for ${describeVenueTime(new Date(result.data.publishAt ?? ""), timeZone)} (venue time).`);
      form.reset({ entity, id, version: result.data.version, publishAt: "" });
      router.refresh();
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, ["publishAt"] as const, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
    if (!placed) toast.error(result.message);
  });

  const fieldId = `publish-at-${entity}-${id}`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={`${fieldId}-message`}>
      <FormMessageSlot message={message} id={`${fieldId}-message`} />
      <TextInput
        id={fieldId}
        label={`Publish at (venue time, ${timeZone})`}
        hint={`Enter the date and time as clocks at the venue show them. The ${entity} stays a draft until then.`}
        type="datetime-local"
        required
        min={now === null ? undefined : instantToZoned(new Date(now), timeZone)}
        error={errors.publishAt?.message}
        {...form.register("publishAt")}
      />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Scheduling…" : "Schedule publication"}
        </Button>
      </div>
    </form>
  );
}
