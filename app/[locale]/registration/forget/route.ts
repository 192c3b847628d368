// "Forget this device": POST clears the status cookie and returns to the status page, which then
// explains how to come back. A cross-site post cannot use it to learn anything.
import type { NextResponse } from "next/server";
import { seeOther } from "@/lib/http/see-other";
import { isPublicLocale } from "@/lib/i18n/routing";
import { statusPath } from "@/lib/registrations/links";
import { clearStatusCookie } from "@/lib/registrations/status-cookie";

export async function POST(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<NextResponse> {
  const { locale: requested } = await params;
  const locale = isPublicLocale(requested) ? requested : "en";
  await clearStatusCookie();
  return seeOther(`${statusPath(locale)}?forgotten=1`, { "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin" });
}
