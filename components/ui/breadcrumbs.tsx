import Link from "next/link";

export interface Breadcrumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** A breadcrumb trail; the last item is the current page (aria-current). */
export function Breadcrumbs({ items, label }: { items: Breadcrumb[]; label: string }) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        {items.map((item, index) =>
          item.href && index < items.length - 1 ? (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ) : (
            <li key={`current-${item.label}`}>
              <span aria-current="page">{item.label}</span>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
