"use client";
// The console's toast region. sonner renders an aria-live section labelled "Notifications", so
// outcomes are announced; toasts stay long enough to read and close with their button or Esc.
import { Toaster } from "sonner";

export function ConsoleToaster() {
  return <Toaster position="bottom-right" richColors closeButton duration={6000} toastOptions={{ className: "console-toast" }} />;
}
