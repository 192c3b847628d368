// A 303 to a path on this site, with a relative Location. NextResponse.redirect needs an absolute
// URL, and building one from request.url sends the browser to another origin when Next has
// rewritten the host (it turns 127.0.0.1 into localhost): cookies set with the answer then belong
// to the address the browser leaves, not the one it lands on.
import { NextResponse } from "next/server";

export function seeOther(path: string, headers: Record<string, string> = {}): NextResponse {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error("seeOther takes a path on this site");
  return new NextResponse(null, { status: 303, headers: { ...headers, Location: path } });
}
