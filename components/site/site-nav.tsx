"use client";
// The main navigation. A client component only to mark the current section (aria-current),
// which a cached server layout cannot know.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { localePath, withoutLocale } from "@/lib/i18n/paths";
import type { PublicLocale } from "@/lib/i18n/routing";

export interface NavItem {
  href: "/" | "/events" | "/states" | "/documents" | "/partners" | "/search";
  label: string;
}

function isCurrent(pathname: string, href: NavItem["href"]): boolean {
  if (href === "/") return pathname === "/";
  // A meeting belongs to the events section.
  if (href === "/events") return pathname.startsWith("/events") || pathname.startsWith("/meetings");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteNav({ items, label, locale }: { items: NavItem[]; label: string; locale: PublicLocale }) {
  const pathname = withoutLocale(usePathname(), locale);
  return (
    <nav className="site-nav" aria-label={label}>
      <ul className="container site-nav__list">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link href={localePath(locale, item.href)} className="site-nav__link" aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
