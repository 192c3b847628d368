// The status link from our emails: GET /{locale}/registration/access/{token}. A valid token is
// moved into the status cookie and the browser is sent (303) to the status page, whose address
// carries no secret; any other token goes there too with one generic notice, never the token.
import { type NextRequest, NextResponse } from "next/server";
import { TooManyRequestsError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { seeOther } from "@/lib/http/see-other";
import { isPublicLocale } from "@/lib/i18n/routing";
import { logger } from "@/lib/logger";
import { statusPath } from "@/lib/registrations/links";
import { consumeRegistrationLimits } from "@/lib/registrations/rate-limits";
import { getRegistrantView } from "@/lib/registrations/public-queries";
import { setStatusCookie } from "@/lib/registrations/status-cookie";

const NO_STORE = { "Cache-Control": "private, no-store" };

function redirectTo(path: string): NextResponse {
  return seeOther(path, NO_STORE);
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; token: string }> }): Promise<NextResponse> {
  const { locale: requested, token } = await params;
  const locale = isPublicLocale(requested) ? requested : "en";
  const status = statusPath(locale);
  try {
    await consumeRegistrationLimits({ clientAddress: clientAddress(request.headers), kind: "access" });
    const registration = await getRegistrantView(token, locale);
    if (!registration) return redirectTo(`${status}?link=invalid`);
    await setStatusCookie(token);
    return redirectTo(status);
  } catch (error) {
    if (error instanceof TooManyRequestsError) {
      return new NextResponse(error.message, { status: 429, headers: { ...NO_STORE, "Retry-After": String(error.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8" } });
    }
    logger.error("Registration access link failed", { error });
    return redirectTo(`${status}?link=invalid`);
  }
}
