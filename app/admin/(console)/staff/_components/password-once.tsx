// A temporary password, shown to the administrator exactly once (it lives only in this page's
// memory; the server keeps its hash). There is no email yet (the outbox comes with issue 5): the
// administrator passes it on by a channel of their choice.
import type { ReactNode } from "react";
import { Alert } from "@/components/ui";

export function PasswordOnce({ email, password, children }: { email: string; password: string; children?: ReactNode }) {
  return (
    <Alert tone="success" title="Temporary password">
      <p>
        Give this password to the owner of <strong>{email}</strong>. It is shown only now. They will have to choose their own password
        when they first sign in.
      </p>
      <p>
        <code className="password-once" data-testid="temporary-password">
          {password}
        </code>
      </p>
      {children}
    </Alert>
  );
}
