// Public addresses with their language: /fr/events, /fr for home. Public components know their
// locale (every page resolves it first), so they build hrefs with this and plain next/link rather
// than next-intl's Link, whose server version is an async component that looks the locale up again
// and whose props add to every link in the page's inline RSC payload.
import type { PublicLocale } from "./routing";

/** `/fr/events` for ("fr", "/events"); `/fr` for ("fr", "/"). */
export function localePath(locale: PublicLocale, path: string): string {
  return path === "/" || path === "" ? `/${locale}` : `/${locale}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The address without its language prefix: "/events" for "/fr/events", "/" for "/fr"; other addresses as they are. */
export function withoutLocale(pathname: string, locale: string): string {
  if (pathname === `/${locale}`) return "/";
  return pathname.startsWith(`/${locale}/`) ? pathname.slice(locale.length + 1) : pathname;
}
