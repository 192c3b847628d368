"use client";
// Deactivate (ends every session of the account at once) or reactivate, each after a confirmation.
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { setStaffActiveAction } from "@/lib/staff/actions";

export function StaffStatus({ member, isSelf }: { member: { id: string; name: string; isActive: boolean }; isSelf: boolean }) {
  const router = useRouter();
  const change = async (active: boolean) => {
    const result = await setStaffActiveAction({ id: member.id, active });
    if (!result.ok) return result.message;
    toast.success(active ? "Account reactivated." : "Account deactivated; its sessions have ended.");
    router.refresh();
  };

  if (!member.isActive) {
    return (
      <>
        <p>This account cannot sign in.</p>
        <ConfirmButton
          variant="secondary"
          tone="primary"
          title={`Reactivate ${member.name}?`}
          description="They can sign in again with their current password."
          confirmLabel="Reactivate"
          onConfirm={() => change(true)}
        >
          Reactivate…
        </ConfirmButton>
      </>
    );
  }
  if (isSelf) return <p>You cannot deactivate your own account; another administrator can.</p>;
  return (
    <>
      <p>Deactivating signs them out everywhere at once and stops them signing in. Nothing they did is deleted.</p>
      <ConfirmButton
        title={`Deactivate ${member.name}?`}
        description="Their open sessions end on their next click. You can reactivate the account later."
        confirmLabel="Deactivate account"
        onConfirm={() => change(false)}
      >
        Deactivate…
      </ConfirmButton>
    </>
  );
}
