// Test-only: a real SMTP server (smtp-server from npm) on loopback, in the test's process, that
// keeps what it receives. Behaviour per recipient can be scripted (reject with a 4xx or 5xx).
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string>;
  /** The decoded text/plain part. */
  text: string;
}

export type RcptHook = (address: string) => { code: number; message: string } | null;

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Decides per recipient; null accepts. */
  onRecipient: RcptHook;
  close(): Promise<void>;
}

/** A port nothing listens on right now (taken from the OS, then released). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, "close");
  return port;
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r?\n/gu, "").replace(/=([0-9A-F]{2})/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/gu, " ").split(/\r?\n/u)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function textPart(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/u);
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/u);
    if (split < 0) continue;
    const headers = parseHeaders(part.slice(0, split));
    if (!(headers.get("content-type") ?? "").startsWith("text/plain")) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/u, "");
    const encoding = headers.get("content-transfer-encoding") ?? "7bit";
    if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
    if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
    return body;
  }
  return "";
}

export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const sink: SmtpSink = {
    port: 0,
    url: "",
    received: [],
    onRecipient: () => null,
    close: async () => {},
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // No DNS lookups of the client on a machine without network.
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const refusal = sink.onRecipient(address.address);
      if (!refusal) return callback();
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const split = raw.search(/\r?\n\r?\n/u);
        sink.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          headers: parseHeaders(raw.slice(0, split)),
          text: textPart(raw),
        });
        callback();
      });
    },
  });
  server.listen(port ?? 0, "127.0.0.1");
  await once(server.server, "listening");
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.close = () => new Promise((resolve) => server.close(() => resolve()));
  return sink;
}
