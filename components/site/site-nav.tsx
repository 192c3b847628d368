"use client";
// The main navigation. A client component only to mark the current section (aria-current),
// which a cached server layout cannot know.
import { Link, usePathname } from "@/lib/i18n/navigation";

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

export function SiteNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label={label}>
      <ul className="container site-nav__list">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} className="site-nav__link" aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
