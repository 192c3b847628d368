"use client";
import { Button } from "@/components/ui";

/** Opens the browser's print dialog for the page. */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Print</Button>;
}
