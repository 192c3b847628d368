"use client";
// The console's main navigation. Client-side only to mark the current section (aria-current);
// the links themselves are plain and work without JavaScript.
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface ConsoleNavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/admin") return pathname === "/admin";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function ConsoleNav({ items }: { items: readonly ConsoleNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="console-nav" aria-label="Staff console">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
