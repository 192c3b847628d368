// /admin/sign-in/new-password: a user whose password was set by an administrator (new account or
// reset) lands here after signing in, and every console page sends them back here until they have
// chosen their own (lib/auth/session.ts). Outside the console layout, which would redirect here.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SkipLink } from "@/components/ui";
import { safeCallbackUrl, SIGN_IN_PATH } from "@/lib/auth/schemas";
import { getSession } from "@/lib/auth/session";
import { NewPasswordForm } from "./_components/new-password-form";

export const metadata: Metadata = { title: "Choose your password" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewPasswordPage({ searchParams }: PageProps) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl);
  const session = await getSession();
  if (!session) redirect(`${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl }).toString()}`);
  if (!session.mustChangePassword) redirect(callbackUrl);

  return (
    <>
      <SkipLink>Skip to the form</SkipLink>
      <header className="admin-header">
        <div className="container admin-header__inner">
          <p className="admin-header__brand">HLD Portal · Staff</p>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <div className="container admin-sign-in">
          <h1>Choose your password</h1>
          <p className="muted">
            Signed in as {session.email}. Your account has a temporary password from an administrator: choose your own before you
            continue.
          </p>
          <NewPasswordForm person={{ email: session.email, name: session.name }} callbackUrl={callbackUrl} />
        </div>
      </main>
    </>
  );
}
