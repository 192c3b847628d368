"use client";
// The console's toast region. sonner renders an aria-live section labelled "Notifications", so
// outcomes are announced; toasts stay long enough to read and close with their button.
// Colours come from the portal's palette: sonner's own rich colours fall short of WCAG AA
// (green #008a2e on its pale green is about 4.3:1).
import type { CSSProperties } from "react";
import { Toaster } from "sonner";

const PALETTE = {
  "--success-bg": "var(--color-success-tint)",
  "--success-border": "var(--color-success)",
  "--success-text": "var(--color-success)",
  "--error-bg": "var(--color-danger-tint)",
  "--error-border": "var(--color-danger)",
  "--error-text": "var(--color-danger)",
  "--info-bg": "var(--color-info-tint)",
  "--info-border": "var(--color-primary)",
  "--info-text": "var(--color-text)",
  "--warning-bg": "var(--color-warning-tint)",
  "--warning-border": "#a07400",
  "--warning-text": "var(--color-warning)",
  "--normal-text": "var(--color-text)",
} as CSSProperties;

export function ConsoleToaster() {
  return <Toaster position="bottom-right" richColors closeButton duration={6000} style={PALETTE} toastOptions={{ className: "console-toast" }} />;
}
