import type { ComponentPropsWithoutRef } from "react";
import { cx } from "./cx";

/** Text for assistive technology only (e.g. a table column's purpose, a count's unit). */
export function VisuallyHidden({ className, ...props }: ComponentPropsWithoutRef<"span">) {
  return <span className={cx("visually-hidden", className)} {...props} />;
}
