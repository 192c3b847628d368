"use client";
// The password card of "Your account": after a change the page stays, with a confirmation.
import { useRouter } from "next/navigation";
import { toast } from "@/components/admin/toast";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export function AccountPassword({ person }: { person: { email: string; name: string } }) {
  const router = useRouter();
  return (
    <ChangePasswordForm
      person={person}
      onChanged={() => {
        toast.success("Password changed.");
        router.refresh();
      }}
    />
  );
}
