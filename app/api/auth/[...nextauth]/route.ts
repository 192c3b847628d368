// next-auth's endpoints (csrf, credentials callback, session). Options are built per request so
// that `next build` never needs AUTH_SECRET.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/config";
import { clientAddress } from "@/lib/http/client-address";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: NextRequest, context: Context): Promise<Response> {
  const response: Response = await NextAuth(request, context, authOptions({ clientAddress: clientAddress(request.headers) }));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export { handle as GET, handle as POST };
