import { Alert } from "@/components/ui";

/** Shown instead of a page or form the signed-in role may not use (the server refuses it too). */
export function NotPermitted({ what }: { what: string }) {
  return (
    <Alert tone="warning" title="Not permitted">
      <p>Your role does not allow you to {what}. Ask an administrator if you need to.</p>
    </Alert>
  );
}
