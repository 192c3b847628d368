"use client";
// Name, email, role and an optional temporary password (empty: the server generates one). The
// same schema validates here and in createStaffAction. After saving, the password is shown once.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, buttonClass, Select, TextInput } from "@/components/ui";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { createStaffAction } from "@/lib/staff/actions";
import { createStaffSchema, STAFF_ROLE_DESCRIPTIONS, STAFF_ROLE_LABELS, STAFF_ROLES, type CreateStaffInput } from "@/lib/staff/schemas";
import { PasswordOnce } from "./password-once";

const FIELDS = ["name", "email", "role", "password"] as const;

export function CreateStaffForm() {
  const [message, setMessage] = useState<FormMessage>(null);
  const [created, setCreated] = useState<{ id: string; email: string; password: string } | null>(null);
  const form = useForm<CreateStaffInput>({
    resolver: zodResolver(createStaffSchema),
    defaultValues: { name: "", email: "", role: "EDITOR", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createStaffAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.fieldErrors, FIELDS, form.setError)) setMessage({ tone: "error", text: result.message });
      return;
    }
    toast.success("Staff member added.");
    setCreated({ id: result.data.id, email: result.data.email, password: result.data.generatedPassword ?? values.password });
  });

  if (created) {
    return (
      <PasswordOnce email={created.email} password={created.password}>
        <p>
          <Link className={buttonClass("secondary")} href={`/admin/staff/${created.id}`}>
            Done: open the account
          </Link>
        </p>
      </PasswordOnce>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="create-staff-message">
      <FormMessageSlot message={message} id="create-staff-message" />
      <TextInput label="Name" required autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <TextInput label="Email" type="email" required autoComplete="off" error={errors.email?.message} {...form.register("email")} />
      <Select
        label="Role"
        required
        hint="What the role may do is listed with each choice."
        options={STAFF_ROLES.map((role) => ({ value: role, label: `${STAFF_ROLE_LABELS[role]}: ${STAFF_ROLE_DESCRIPTIONS[role]}` }))}
        error={errors.role?.message}
        {...form.register("role")}
      />
      <TextInput
        label="Temporary password (optional)"
        type="text"
        autoComplete="off"
        spellCheck={false}
        hint={`Leave empty to generate a strong one. If you choose one: at least ${PASSWORD_MIN_LENGTH} characters, hard to guess.`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting} aria-disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add staff member"}
        </Button>
        <Link href="/admin/staff">Cancel</Link>
      </div>
    </form>
  );
}
