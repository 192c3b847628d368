import type { ReactNode } from "react";

/** First focusable element of every layout: jumps past the header to the main landmark. */
export function SkipLink({ targetId = "main", children }: { targetId?: string; children: ReactNode }) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}
