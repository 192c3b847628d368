"use client";
// Changing your own password: on "Your account" and, for a temporary password, right after
// sign-in. The schema (with zxcvbn-ts's strength check, whose dictionaries load on first
// validation) is the one changePasswordAction applies. On success this browser keeps a fresh
// session; every other session of the account has ended.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, TextInput } from "@/components/ui";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/password-schemas";
import { changeOwnPasswordAction } from "@/lib/staff/actions";

const FIELDS = ["currentPassword", "newPassword", "confirmation"] as const;

export interface ChangePasswordFormProps {
  person: { email: string; name: string };
  /** Called after the change (e.g. to go on to where the user was heading). */
  onChanged: () => void;
  currentLabel?: string;
}

export function ChangePasswordForm({ person, onChanged, currentLabel = "Current password" }: ChangePasswordFormProps) {
  const [message, setMessage] = useState<FormMessage>(null);
  const schema = useMemo(() => changePasswordSchema(person), [person]);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", confirmation: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.fieldErrors, FIELDS, form.setError)) setMessage({ tone: "error", text: result.message });
      return;
    }
    form.reset();
    setMessage({ tone: "success", text: "Your password has been changed. Other devices have been signed out." });
    onChanged();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="change-password-message">
      <FormMessageSlot message={message} id="change-password-message" />
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" value={person.email} readOnly hidden />
      <TextInput label={currentLabel} type="password" autoComplete="current-password" required error={errors.currentPassword?.message} {...form.register("currentPassword")} />
      <TextInput
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters and hard to guess; not your name or email. A few unrelated words together work well.`}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <TextInput label="Repeat the new password" type="password" autoComplete="new-password" required error={errors.confirmation?.message} {...form.register("confirmation")} />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting} aria-disabled={isSubmitting}>
          {isSubmitting ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
