// The console's 404 (unknown address, or a record that no longer exists): says so plainly and
// offers the ways on, instead of a dead end.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function ConsoleNotFound() {
  return (
    <div className="prose">
      <h1>This page does not exist</h1>
      <p>The address may be mistyped, or the record it pointed to was deleted. Nothing was changed.</p>
      <ul>
        <li>
          <Link href="/admin">Go to the dashboard</Link>
        </li>
        <li>
          <Link href="/admin/meetings">Find a meeting</Link> or <Link href="/admin/events">an event</Link>
        </li>
        <li>
          <Link href="/admin/activity">See recent activity</Link> (administrators), to find out what happened to a record
        </li>
      </ul>
    </div>
  );
}
