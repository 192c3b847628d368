"use client";
// Recording the Member States' decision on an organisation without ECOSOC status. Both outcomes
// ask first: an objection ends the registration's chance of approval, and either is sent to the
// audit log as a decision.
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { recordNonObjectionAction } from "@/lib/registrations/actions";

export function NonObjectionActions({ id, organisation }: { id: string; organisation: string }) {
  const router = useRouter();
  const record = async (outcome: "NO_OBJECTION" | "OBJECTION") => {
    const result = await recordNonObjectionAction({ id, outcome });
    if (!result.ok) return result.message;
    toast.success(outcome === "NO_OBJECTION" ? "No objection recorded." : "Objection recorded.");
    router.refresh();
  };
  return (
    <div className="form-actions">
      <ConfirmButton
        variant="primary"
        tone="primary"
        title="Record no objection?"
        description={<p>Member States raised no objection to {organisation}. It can then be approved.</p>}
        confirmLabel="Record no objection"
        onConfirm={() => record("NO_OBJECTION")}
      >
        Record no objection
      </ConfirmButton>
      <ConfirmButton
        variant="danger"
        title="Record an objection?"
        description={<p>A Member State objected to {organisation}. It can no longer be approved.</p>}
        confirmLabel="Record objection"
        onConfirm={() => record("OBJECTION")}
      >
        Record objection
      </ConfirmButton>
    </div>
  );
}
