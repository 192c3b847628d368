import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/** A short status label (e.g. "Published", "Cancelled"); its text carries the meaning, not its colour. */
export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cx("badge", `badge--${tone}`, className)}>{children}</span>;
}
