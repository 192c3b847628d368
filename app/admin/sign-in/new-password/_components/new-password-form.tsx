"use client";
// After the change, the browser loads the target page afresh with its new session cookie.
import { ChangePasswordForm } from "@/components/account/change-password-form";

export function NewPasswordForm({ person, callbackUrl }: { person: { email: string; name: string }; callbackUrl: string }) {
  return <ChangePasswordForm person={person} currentLabel="Temporary password" onChanged={() => window.location.assign(callbackUrl)} />;
}
