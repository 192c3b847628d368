"use client";
// The form-level message slot: a live region that always exists, so that a failure or a
// confirmation appearing after submit is announced. Field problems go to the fields instead.
import { Alert } from "@/components/ui";

export type FormMessage = { tone: "error" | "success"; text: string } | null;

export function FormMessageSlot({ message, id }: { message: FormMessage; id?: string }) {
  return (
    <div aria-live={message?.tone === "error" ? "assertive" : "polite"} id={id}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
