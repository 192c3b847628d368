import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./cx";

export interface TableProps extends ComponentPropsWithoutRef<"table"> {
  /** Required: a table's caption names it for screen-reader users (may be visually hidden). */
  caption: ReactNode;
  captionHidden?: boolean;
}

/**
 * A styled data table in a horizontally scrollable wrapper. The wrapper is focusable and
 * labelled so that keyboard users can scroll a wide table (WCAG 2.1.1).
 */
export function Table({ caption, captionHidden = false, className, children, ...props }: TableProps) {
  return (
    <div className="table-wrap" role="region" aria-label={typeof caption === "string" ? caption : undefined} tabIndex={0}>
      <table className={cx("table", className)} {...props}>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
