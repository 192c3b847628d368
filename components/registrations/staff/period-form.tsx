"use client";
// The settings of a registration period (opening registration on a hearing or an event, and
// changing it later): window in the venue's time zone, capacities, representatives, the
// non-objection rule, auto-promotion, and the two translatable texts. The same zod schema as the
// server (zodResolver); the raw values are sent, since the action parses them again. A save from
// a stale copy is refused by the server (version check): the form keeps what was typed and offers
// to load the current settings.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { Button, Checkbox, TextInput } from "@/components/ui";
import { createRegistrationPeriodAction, updateRegistrationPeriodAction } from "@/lib/registrations/actions";
import { REPRESENTATIVES_LIMIT, registrationPeriodFormSchema, type RegistrationPeriodFormInput, type RegistrationTarget } from "@/lib/registrations/schemas";

export type PeriodFormMode = { kind: "create"; target: RegistrationTarget } | { kind: "update"; periodId: string; version: number };

export interface PeriodFormProps {
  mode: PeriodFormMode;
  initial: RegistrationPeriodFormInput;
  /** IANA zone the opening and closing times are in (the meeting's, or UN Headquarters' for an event). */
  timeZone: string;
  canEdit: boolean;
}

const FIELDS = [
  "opensAt",
  "closesAt",
  "capacityOrganisations",
  "capacityPersons",
  "maxRepresentatives",
  "nonObjectionRequired",
  "autoPromote",
  "privacyNotice.en",
  "declineMessage.en",
] as const;

type FieldName = (typeof FIELDS)[number];

/** The server may name a field "settings.opensAt" (the action's input) or "opensAt". */
function fieldOf(key: string): FieldName | null {
  const name = key.startsWith("settings.") ? key.slice("settings.".length) : key;
  return (FIELDS as readonly string[]).includes(name) ? (name as FieldName) : null;
}

export function PeriodForm({ mode, initial, timeZone, canEdit }: PeriodFormProps) {
  const router = useRouter();
  const form = useForm<RegistrationPeriodFormInput, unknown, unknown>({
    resolver: zodResolver(registrationPeriodFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<FormMessage>(null);
  const [stale, setStale] = useState(false);
  const zoneHint = `Local time at the venue (${timeZone}).`;
  // A new stored version (after a save, or "Load the current settings") restarts the form from it.
  const storedVersion = mode.kind === "update" ? mode.version : 0;
  const [seenVersion, setSeenVersion] = useState(storedVersion);
  if (seenVersion !== storedVersion) {
    setSeenVersion(storedVersion);
    setStale(false);
  }
  useEffect(() => {
    if (storedVersion > 0) form.reset(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new stored version resets the form
  }, [storedVersion]);

  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    setStale(false);
    const settings = form.getValues();
    const result =
      mode.kind === "create"
        ? await createRegistrationPeriodAction({ target: mode.target, settings })
        : await updateRegistrationPeriodAction({ periodId: mode.periodId, version: mode.version, settings });
    if (result.ok) {
      if (mode.kind === "create") {
        toast.success("Registration opened.");
        router.push(`/admin/registrations/periods/${(result.data as { id: string }).id}`);
      } else {
        // e.g. capacity lowered below what is already approved: saved, but staff should know.
        const warnings = (result.data as { warnings?: unknown }).warnings;
        const notes = Array.isArray(warnings) ? warnings.filter((warning): warning is string => typeof warning === "string") : [];
        toast.success("Registration settings saved.");
        for (const note of notes) toast.warning(note);
        form.reset(settings);
        setMessage({ tone: "success", text: notes.length > 0 ? `Changes saved. ${notes.join(" ")}` : "Changes saved." });
        router.refresh();
      }
      return;
    }
    let placed = false;
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
      const field = fieldOf(key);
      if (field && messages[0]) {
        form.setError(field, { type: "server", message: messages[0] }, { shouldFocus: !placed });
        placed = true;
      }
    }
    if (placed) {
      setMessage({ tone: "error", text: "Some fields need attention." });
      return;
    }
    // A version conflict: someone saved these settings since this page was loaded.
    if (mode.kind === "update" && /saved these registration settings after you opened them/iu.test(result.message)) setStale(true);
    setMessage({ tone: "error", text: result.message });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="period-form-message" className="period-form">
      <FormMessageSlot message={message} id="period-form-message" />
      {stale ? (
        <p>
          <Button variant="secondary" onClick={() => router.refresh()}>
            Load the current settings
          </Button>{" "}
          <span className="muted">What you typed here is lost when you load them.</span>
        </p>
      ) : null}
      <fieldset disabled={!canEdit} className="field-group--plain">
        <fieldset className="field-group">
          <legend>Registration window</legend>
          <p className="muted" id="period-zone">
            Times are in the venue&apos;s time zone: <strong>{timeZone}</strong>.
          </p>
          <div className="field-row">
            <TextInput
              type="datetime-local"
              label={`Opens (${timeZone})`}
              id="period-opens-at"
              hint={zoneHint}
              error={errors.opensAt?.message}
              required
              {...form.register("opensAt")}
            />
            <TextInput
              type="datetime-local"
              label={`Closes (${timeZone})`}
              id="period-closes-at"
              hint={zoneHint}
              error={errors.closesAt?.message}
              required
              {...form.register("closesAt")}
            />
          </div>
        </fieldset>
        <fieldset className="field-group">
          <legend>Places</legend>
          <div className="field-row">
            <TextInput
              type="number"
              inputMode="numeric"
              min={1}
              label="Capacity in organisations"
              id="period-capacity-organisations"
              hint="Approved organisations at most. Empty: no limit."
              error={errors.capacityOrganisations?.message}
              {...form.register("capacityOrganisations")}
            />
            <TextInput
              type="number"
              inputMode="numeric"
              min={1}
              label="Capacity in persons"
              id="period-capacity-persons"
              hint="Approved representatives at most, all organisations together. Empty: no limit."
              error={errors.capacityPersons?.message}
              {...form.register("capacityPersons")}
            />
            <TextInput
              type="number"
              inputMode="numeric"
              min={REPRESENTATIVES_LIMIT.min}
              max={REPRESENTATIVES_LIMIT.max}
              label="Representatives per organisation"
              id="period-max-representatives"
              hint={`From ${REPRESENTATIVES_LIMIT.min} to ${REPRESENTATIVES_LIMIT.max}.`}
              error={errors.maxRepresentatives?.message}
              required
              {...form.register("maxRepresentatives")}
            />
          </div>
        </fieldset>
        <fieldset className="field-group">
          <legend>Rules</legend>
          <Checkbox
            label="Organisations without ECOSOC status need a non-objection decision"
            id="period-non-objection"
            hint="Member States' non-objection is recorded on each registration before it can be approved."
            error={errors.nonObjectionRequired?.message}
            {...form.register("nonObjectionRequired")}
          />
          <Checkbox
            label="Promote from the waitlist automatically"
            id="period-auto-promote"
            hint="When a place frees, the first waitlisted registration that fits is approved at once. Otherwise staff use “Promote next”."
            error={errors.autoPromote?.message}
            {...form.register("autoPromote")}
          />
        </fieldset>
        <fieldset className="field-group">
          <legend>Texts for registrants</legend>
          <TranslatableFields
            form={form}
            idPrefix="period"
            label="Languages of the registration texts"
            fields={[
              { name: "privacyNotice", label: "Privacy notice", required: true, multiline: true, maxLength: 5000, hint: "Shown on the form; registrants must accept it." },
              { name: "declineMessage", label: "Decline message", required: true, multiline: true, maxLength: 2000, hint: "Sent with a decline, in the registrant's language (English when missing)." },
            ]}
          />
        </fieldset>
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : mode.kind === "create" ? "Open registration" : "Save settings"}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
