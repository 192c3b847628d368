// "Forget this device": POST clears the status cookie and returns to the status page, which then
// explains how to come back. A cross-site post cannot use it to learn anything.
import { type NextRequest, NextResponse } from "next/server";
import { isPublicLocale } from "@/lib/i18n/routing";
import { statusPath } from "@/lib/registrations/links";
import { clearStatusCookie } from "@/lib/registrations/status-cookie";

export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }): Promise<NextResponse> {
  const { locale: requested } = await params;
  const locale = isPublicLocale(requested) ? requested : "en";
  await clearStatusCookie();
  return NextResponse.redirect(new URL(`${statusPath(locale)}?forgotten=1`, request.url), { status: 303, headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin" } });
}
