import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "error";

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * "polite"/"assertive" make it a live region, for messages that appear after an action
   * (e.g. "Saved", a form-level error). Static notices rendered with the page need none.
   */
  live?: "polite" | "assertive";
  id?: string;
  className?: string;
}

/** A notice box. Its tone is carried by the border and title too, never by colour alone. */
export function Alert({ tone = "info", title, children, live, id, className }: AlertProps) {
  const role = live === "assertive" ? "alert" : live === "polite" ? "status" : undefined;
  return (
    <div id={id} role={role} className={cx("alert", `alert--${tone}`, className)}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
