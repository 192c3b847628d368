// The top of every console page: breadcrumbs, the one h1, an optional description and the page's
// main actions (e.g. "New meeting").
import type { ReactNode } from "react";
import { Breadcrumbs, type Breadcrumb } from "@/components/ui";

export interface PageHeaderProps {
  title: string;
  /** Trail above the title; the current page is appended automatically. Omit on top-level pages. */
  breadcrumbs?: readonly Breadcrumb[];
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, breadcrumbs, description, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs label="Breadcrumb" items={[...breadcrumbs, { label: title }]} /> : null}
      <div className="page-header__row">
        <h1>{title}</h1>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {description ? <div className="page-header__description muted">{description}</div> : null}
    </div>
  );
}
