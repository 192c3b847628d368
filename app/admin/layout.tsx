// Root layout of the staff console (the public site's root is app/[locale]/layout.tsx; there is
// no app/layout.tsx). It does not guard: the sign-in page lives under it. The guarded pages are
// in the (console) route group, whose layout and pages each check the session.
import "@/components/ui/theme.css";
import "@/components/admin/admin.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { template: "%s · HLD Portal staff", default: "HLD Portal staff" },
  // The console is never for search engines.
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
