"use client";
// A period's waitlist in promotion order (earliest first), and "Promote next": approves the first
// waitlisted registration that fits the places left (the server decides, under the period's lock).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AuditTime } from "@/components/audit/change-list";
import { toast } from "@/components/admin/toast";
import { Alert, Button } from "@/components/ui";
import { promoteNextAction } from "@/lib/registrations/actions";

export interface PeriodWaitlistProps {
  periodId: string;
  waitlist: readonly { id: string; organisation: string; representativeCount: number; waitlistedAt: string | null }[];
  canPromote: boolean;
}

/** The server's answer: who was promoted, and its sentence (e.g. why nobody fits). */
function promotion(data: unknown): { name: string | null; message: string | null } {
  if (typeof data !== "object" || data === null) return { name: null, message: null };
  const record = data as { promoted?: { organisation?: unknown } | null; message?: unknown };
  return {
    name: record.promoted && typeof record.promoted.organisation === "string" ? record.promoted.organisation : null,
    message: typeof record.message === "string" && record.message !== "" ? record.message : null,
  };
}

export function PeriodWaitlist({ periodId, waitlist, canPromote }: PeriodWaitlistProps) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "warning" | "error"; text: string } | null>(null);

  const promote = async () => {
    setPending(true);
    setNotice(null);
    try {
      const result = await promoteNextAction({ periodId });
      if (!result.ok) {
        setNotice({ tone: "error", text: result.message });
        toast.error(result.message);
        return;
      }
      const { name, message } = promotion(result.data);
      const text = message ?? (name ? `${name} approved from the waitlist.` : "No waitlisted registration fits the places left.");
      setNotice({ tone: name ? "success" : "warning", text });
      if (name) toast.success(text);
      else toast.warning(text);
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      {waitlist.length === 0 ? (
        <p className="muted">Nobody is on the waitlist.</p>
      ) : (
        <ol className="period-waitlist">
          {waitlist.map((entry) => (
            <li key={entry.id}>
              <Link href={`/admin/registrations/${entry.id}`}>{entry.organisation}</Link> · {entry.representativeCount}{" "}
              {entry.representativeCount === 1 ? "person" : "persons"}
              {entry.waitlistedAt ? (
                <>
                  {" "}
                  · since <AuditTime at={entry.waitlistedAt} />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canPromote && waitlist.length > 0 ? (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => void promote()} disabled={pending}>
            {pending ? "Promoting…" : "Promote next"}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">{notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}</div>
    </>
  );
}
