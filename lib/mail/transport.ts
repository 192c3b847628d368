// Delivery through SMTP (nodemailer). One transport per process, not pooled: the worker sends a
// small batch now and then, and a fresh connection per message keeps a broken connection from
// failing a whole batch. Timeouts are short so a dead server cannot hold a tick for minutes.
import nodemailer from "nodemailer";
import type { Env } from "@/lib/env";
import { defaultFrom, mailHost } from "./address";

export interface OutgoingMail {
  /** The outbox id: the Message-ID is derived from it, so a message keeps one identity. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface SmtpTransportOptions {
  url: string;
  from: string;
  /** The domain of Message-IDs. */
  messageIdHost: string;
  /** Override the timeouts (tests). */
  timeouts?: { connection: number; greeting: number; socket: number };
}

export const SMTP_TIMEOUTS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const;

export function createSmtpTransport({ url, from, messageIdHost, timeouts = SMTP_TIMEOUTS }: SmtpTransportOptions): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: false,
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@${messageIdHost}>`,
        // RFC 3834: an automatic message; auto-responders should not answer it.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transporter.close(),
  };
}

/** The process's transport when SMTP_URL is set; null means "hold messages" (worker.ts). */
export function mailTransportFromEnv(config: Env): MailTransport | null {
  if (!config.SMTP_URL) return null;
  return createSmtpTransport({ url: config.SMTP_URL, from: defaultFrom(config), messageIdHost: mailHost(config) });
}

export interface SendFailure {
  /** The server refused the message for good (5xx): trying again would fail the same way. */
  permanent: boolean;
  /** A short description safe to show staff: no body, no credentials, no addresses. */
  message: string;
}

const CONNECTION_MESSAGES: Record<string, string> = {
  ECONNECTION: "Could not connect to the mail server",
  ECONNREFUSED: "The mail server refused the connection",
  ETIMEDOUT: "The mail server did not answer in time",
  ESOCKET: "The connection to the mail server failed",
  EDNS: "The mail server's name could not be resolved",
  ETLS: "The secure connection to the mail server failed",
  EAUTH: "The mail server did not accept the portal's credentials",
  ENOAUTH: "The mail server asks for credentials that SMTP_URL does not give",
};

// Addresses in a server's reply ("550 <someone@example.org>: unknown user") are personal data.
const ADDRESS = /<?[^\s<>@]+@[^\s<>@]+>?/gu;

export function describeSendFailure(error: unknown): SendFailure {
  const failure = (error ?? {}) as { code?: unknown; responseCode?: unknown; response?: unknown; permanent?: unknown };
  const responseCode = typeof failure.responseCode === "number" ? failure.responseCode : undefined;
  const code = typeof failure.code === "string" ? failure.code : undefined;
  if (responseCode !== undefined) {
    const permanent = typeof failure.permanent === "boolean" ? failure.permanent : responseCode >= 500 && responseCode !== 503;
    const reply = typeof failure.response === "string" ? failure.response.split(/\r?\n/u)[0]!.replace(ADDRESS, "<address>").slice(0, 200) : String(responseCode);
    return { permanent, message: `The mail server answered: ${reply}` };
  }
  const known = code ? CONNECTION_MESSAGES[code] : undefined;
  return { permanent: false, message: known ? `${known} (${code})` : `Sending failed${code ? ` (${code})` : ""}` };
}
