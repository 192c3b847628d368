import { Alert } from "@/components/ui";
import Link from "next/link";

/**
 * The console's 403: shown instead of a page or form the signed-in role may not use (the server
 * refuses the underlying actions too). Says what is refused and what to do about it.
 */
export function NotPermitted({ what }: { what: string }) {
  return (
    <Alert tone="warning" title="Not permitted">
      <p>
        Your role does not allow you to {what}. Ask an administrator if you need to. <Link href="/admin">Back to the dashboard</Link>
      </p>
    </Alert>
  );
}
