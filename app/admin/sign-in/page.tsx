// The staff sign-in page (outside the guarded (console) group). A signed-in visitor goes straight
// on to where they were heading.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SkipLink } from "@/components/ui";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { getSession } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: PageProps) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl);
  if (await getSession()) redirect(callbackUrl);

  return (
    <>
      <SkipLink>Skip to the sign-in form</SkipLink>
      <header className="admin-header">
        <div className="container admin-header__inner">
          <p className="admin-header__brand">HLD Portal · Staff</p>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <div className="container admin-sign-in">
          <h1>Sign in</h1>
          <p className="muted">For the secretariat of the High-Level Dialogue on International Migration and Development.</p>
          <SignInForm callbackUrl={callbackUrl} />
        </div>
      </main>
    </>
  );
}
