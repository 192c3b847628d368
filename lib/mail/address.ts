// The portal's mail identity: the domain of Message-IDs and the default From address, both from
// the public address (publicBaseUrl), unless MAIL_FROM says otherwise.
import { isIP } from "node:net";
import { type Env, env, publicBaseUrl } from "@/lib/env";

/** The host part of the portal's address (never an IP literal or a port: not valid after "@"). */
export function mailHost(config: Env = env()): string {
  const hostname = new URL(publicBaseUrl(config)).hostname.replace(/^\[|\]$/gu, "");
  return isIP(hostname) !== 0 ? "localhost" : hostname;
}

export function defaultFrom(config: Env = env()): string {
  return config.MAIL_FROM ?? `HLD Portal <no-reply@${mailHost(config)}>`;
}
