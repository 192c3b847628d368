"use client";
// Name and role of an account. The form carries the account's updatedAt, so a save over someone
// else's newer change is refused (and says so) instead of overwriting it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, Select, TextInput } from "@/components/ui";
import { updateStaffAction } from "@/lib/staff/actions";
import { STAFF_ROLE_DESCRIPTIONS, STAFF_ROLE_LABELS, STAFF_ROLES, updateStaffSchema, type StaffRoleValue, type UpdateStaffInput } from "@/lib/staff/schemas";

const FIELDS = ["name", "role"] as const;

export function EditStaffForm({ member, isSelf }: { member: { id: string; name: string; role: StaffRoleValue; updatedAt: string }; isSelf: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const form = useForm<UpdateStaffInput>({ resolver: zodResolver(updateStaffSchema), defaultValues: member });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateStaffAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.fieldErrors, FIELDS, form.setError)) setMessage({ tone: "error", text: result.message });
      return;
    }
    form.reset({ ...values, updatedAt: result.data.updatedAt });
    toast.success("Account saved.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="edit-staff-message">
      <FormMessageSlot message={message} id="edit-staff-message" />
      <TextInput label="Name" required autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <Select
        label="Role"
        required
        disabled={isSelf}
        hint={isSelf ? "You cannot change your own role; another administrator can." : undefined}
        options={STAFF_ROLES.map((role) => ({ value: role, label: `${STAFF_ROLE_LABELS[role]}: ${STAFF_ROLE_DESCRIPTIONS[role]}` }))}
        error={errors.role?.message}
        {...form.register("role")}
      />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting} aria-disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
