"use client";
// Gives the account a temporary password (typed here or generated), which its owner must replace
// at their next sign-in; their open sessions end. Shown once afterwards.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { ConfirmButton } from "@/components/admin/dialog";
import { TextInput } from "@/components/ui";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { resetStaffPasswordAction } from "@/lib/staff/actions";
import { resetStaffPasswordSchema, type ResetStaffPasswordInput } from "@/lib/staff/schemas";
import { PasswordOnce } from "./password-once";

export function ResetPassword({ member }: { member: { id: string; name: string; email: string } }) {
  const router = useRouter();
  const [shown, setShown] = useState<string | null>(null);
  const schema = useMemo(() => resetStaffPasswordSchema(member), [member]);
  const form = useForm<ResetStaffPasswordInput>({ resolver: zodResolver(schema), defaultValues: { id: member.id, password: "" } });
  const { errors } = form.formState;

  // Runs from the confirmation dialog; a returned string keeps the dialog open with that message.
  const reset = async (): Promise<string | void> => {
    if (!(await form.trigger())) return "Check the password field first.";
    const values = form.getValues();
    const result = await resetStaffPasswordAction(values);
    if (!result.ok) {
      if (applyFieldErrors(result.fieldErrors, ["password"], form.setError)) return "Check the password field first.";
      return result.message;
    }
    toast.success("Password reset; their sessions have ended.");
    setShown(result.data.generatedPassword ?? values.password);
    form.reset({ id: member.id, password: "" });
    router.refresh();
  };

  return (
    <>
      {shown ? <PasswordOnce email={member.email} password={shown} /> : null}
      <form method="post" onSubmit={(event) => event.preventDefault()} noValidate>
        <p>They will have to choose a new password at their next sign-in, and every open session of theirs ends now.</p>
        <TextInput
          label="New temporary password (optional)"
          type="text"
          autoComplete="off"
          spellCheck={false}
          hint={`Leave empty to generate a strong one. If you choose one: at least ${PASSWORD_MIN_LENGTH} characters, hard to guess.`}
          error={errors.password?.message}
          {...form.register("password")}
        />
        <div className="form-actions">
          <ConfirmButton
            title={`Reset the password of ${member.name}?`}
            description="Their current password stops working and their open sessions end."
            confirmLabel="Reset password"
            onConfirm={reset}
          >
            Reset password…
          </ConfirmButton>
        </div>
      </form>
    </>
  );
}
