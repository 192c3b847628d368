// Any console address no page claims: the console's own 404 (inside the console layout, with its
// navigation), rather than the bare global one.
import { notFound } from "next/navigation";

export default function UnknownConsolePage(): never {
  notFound();
}
