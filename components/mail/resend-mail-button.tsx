"use client";
// "Send again" on a held or failed message, behind a confirmation: the message goes back to the
// queue and the worker delivers it (or holds it again while no mail server is configured).
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { resendMailAction } from "@/lib/mail/actions";

export function ResendMailButton({ id, status, smtpConfigured }: { id: string; status: "HELD" | "FAILED"; smtpConfigured: boolean }) {
  const router = useRouter();
  return (
    <ConfirmButton
      variant="primary"
      tone="primary"
      title="Send this email again?"
      description={
        <>
          <p>
            {status === "FAILED"
              ? "Delivery failed or was interrupted. If it may have reached the recipient already, they will receive it twice."
              : "This email was held because no mail server was configured."}
          </p>
          {smtpConfigured ? null : <p>No mail server is configured now either: the email will be held again.</p>}
        </>
      }
      confirmLabel="Send again"
      onConfirm={async () => {
        const result = await resendMailAction({ id });
        if (!result.ok) return result.message;
        toast.success("The email is queued for sending.");
        router.refresh();
      }}
    >
      Send again
    </ConfirmButton>
  );
}
