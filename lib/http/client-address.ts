// The client's network address, for the per-address sign-in throttle.
//
// What Next gives (checked in next 16.4 `dist/server/base-server.js`): `next start` sets
// `x-forwarded-for` to the socket's remote address only when the request has no such header
// (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`). A client-sent header is neither
// replaced nor appended to, so on its own it is whatever the client wrote. The start scripts
// therefore preload scripts/lib/forwarded-for.mjs into the Next server, which appends the socket
// address to the header like a well-behaved proxy does. The last entry is then always the peer
// that opened the connection, and each trusted proxy in front (TRUSTED_PROXY_HOPS) vouches for
// the entry before its own. Entries further left are the client's word and never used, so a
// forged X-Forwarded-For cannot choose the address the throttle counts.
// Pure functions without a "server-only" marker, so that unit tests cover them.
import { isIPv4, isIPv6 } from "node:net";
import { env } from "@/lib/env";

/** One hop of the header: strips brackets, ports and zone ids; maps IPv4-in-IPv6 to IPv4. Null when not an IP. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  if (value === "") return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/u.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/u.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const zone = value.indexOf("%");
  if (zone !== -1) value = value.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(value);
  if (mapped?.[1]) value = mapped[1];
  if (isIPv4(value)) return value;
  if (isIPv6(value)) return value.toLowerCase();
  return null;
}

/**
 * The client address from the forwarded-for chain: the entry `trustedHops` places left of the
 * last one (the socket peer). Null when the chosen entry is missing or not an address; callers
 * treat that as one shared "unknown" client, which is throttled as a whole.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  if (!forwardedFor) return null;
  const chain = forwardedFor.split(",");
  if (chain.length === 0) return null;
  // Fewer entries than hops means a proxy added none: the leftmost is the nearest to the client.
  const index = Math.max(0, chain.length - 1 - Math.max(0, Math.trunc(trustedHops)));
  return normaliseAddress(chain[index] ?? "");
}

/** The 16 hex digits of each of the 8 groups of an IPv6 address. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups.
  const lastRight = right.at(-1) ?? left.at(-1);
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length - (lastRight?.includes(".") ? 1 : 0))).fill("0"), ...right];
  return groups.map((group) => group.padStart(4, "0"));
}

/**
 * What the throttle counts per client: an IPv4 address as is, an IPv6 address by its /64 prefix
 * (one subscriber typically holds a whole /64 and can rotate through it at will).
 */
export function throttleSubject(address: string | null): string {
  if (address === null) return "unknown";
  if (isIPv4(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The client address of a request, with the configured number of trusted proxies. */
export function clientAddress(headers: Pick<Headers, "get">): string | null {
  return clientAddressFrom(headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
