// The outbox worker against a real SMTP server on loopback (smtp-server, started here): delivery,
// a server that is down and comes back, 4xx and 5xx replies, two workers racing, a crash mid-send,
// and no SMTP at all.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";
import { enqueueEmail } from "./outbox";
import { freePort, type SmtpSink, startSmtpSink } from "./smtp-sink";
import { createSmtpTransport, type MailTransport } from "./transport";
import { BACKOFF_CAP_MS, deliverDueMail, INTERRUPTED_MESSAGE, MAX_ATTEMPTS, STALE_SENDING_MS } from "./worker";

const db = testDb(3);
const other = testDb(3);
const TOKEN = "Tok3n_Tok3n-Tok3n_Tok3n-Tok3n_Tok3n-Tok3n_T";
const quiet = { info: () => {}, warn: () => {} };
const FAST = { connection: 2000, greeting: 2000, socket: 5000 };

let sink: SmtpSink | undefined;
let transports: MailTransport[] = [];

function transportTo(url: string): MailTransport {
  const transport = createSmtpTransport({ url, from: "HLD Portal <no-reply@portal.test>", messageIdHost: "portal.test", timeouts: FAST });
  transports.push(transport);
  return transport;
}

async function enqueue(to = "contact@example.org", organisationName = "Migrants Forum Asia") {
  return enqueueEmail(db, {
    to,
    template: "registration.confirm-email",
    language: "fr",
    params: { organisationName, eventTitle: "Auditions 2013", confirmUrl: `https://portal.test/fr/registration/confirm/${TOKEN}`, expiresAt: "2026-11-24T12:00:00Z" },
    data: { kind: "test" },
  });
}

const row = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  // The worker takes every due message; rows left by earlier test files would be delivered here
  // and spoil the counts (files run one at a time, so nothing else is using them).
  await db.outboxMessage.deleteMany({});
});

afterEach(async () => {
  for (const transport of transports) transport.close();
  transports = [];
  await sink?.close();
  sink = undefined;
});

afterAll(async () => {
  await db.outboxMessage.deleteMany({});
  await Promise.all([db.$disconnect(), other.$disconnect()]);
});

describe("deliverDueMail", () => {
  it("delivers a rendered message with its headers and keeps only a redacted copy", async () => {
    sink = await startSmtpSink();
    const { id } = await enqueue();
    const stored = await row(id);
    expect(stored.textBody).toContain(TOKEN);

    const report = await deliverDueMail(db, transportTo(sink.url), { logger: quiet });
    expect(report.sent).toEqual([id]);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.to).toEqual(["contact@example.org"]);
    expect(mail!.headers.get("message-id")).toBe(`<${id}@portal.test>`);
    expect(mail!.headers.get("from")).toBe("HLD Portal <no-reply@portal.test>");
    expect(mail!.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail!.headers.get("subject")).toMatch(/Confirmez votre inscription|=\?UTF-8\?/u);
    expect(mail!.raw).toContain("multipart/alternative");
    expect(mail!.text).toContain(`https://portal.test/fr/registration/confirm/${TOKEN}`);
    expect(mail!.text).toContain("Migrants Forum Asia");

    const sent = await row(id);
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(1);
    expect(sent.sentAt).not.toBeNull();
    expect(sent.textBody).not.toContain(TOKEN);
    expect(sent.htmlBody).not.toContain(TOKEN);
    expect(sent.textBody).toContain("/fr/registration/confirm/…");

    // Nothing is sent twice.
    expect((await deliverDueMail(db, transportTo(sink.url), { logger: quiet })).sent).toEqual([]);
    expect(sink.received).toHaveLength(1);
  });

  it("retries with back-off while the server is down and delivers once when it comes back", async () => {
    const port = await freePort();
    const transport = transportTo(`smtp://127.0.0.1:${port}`);
    const { id } = await enqueue();
    const t0 = new Date();

    const first = await deliverDueMail(db, transport, { now: t0, logger: quiet, random: () => 0 });
    expect(first.retrying).toEqual([id]);
    let stored = await row(id);
    expect(stored.status).toBe("PENDING");
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toMatch(/mail server|connect/iu);
    expect(stored.lastError).not.toContain("Migrants");
    expect(stored.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);

    // Not due yet: nothing is tried.
    expect((await deliverDueMail(db, transport, { now: new Date(t0.getTime() + 29_000), logger: quiet })).retrying).toEqual([]);
    expect((await row(id)).attempts).toBe(1);

    // Second failure: the wait doubles.
    const t1 = new Date(t0.getTime() + 31_000);
    await deliverDueMail(db, transport, { now: t1, logger: quiet, random: () => 0 });
    stored = await row(id);
    expect(stored.attempts).toBe(2);
    expect(stored.nextAttemptAt.getTime()).toBe(t1.getTime() + 60_000);

    sink = await startSmtpSink(port);
    const t2 = new Date(t1.getTime() + 61_000);
    const back = await deliverDueMail(db, transport, { now: t2, logger: quiet });
    expect(back.sent).toEqual([id]);
    await deliverDueMail(db, transport, { now: new Date(t2.getTime() + BACKOFF_CAP_MS * 2), logger: quiet });
    expect(sink.received).toHaveLength(1);
    stored = await row(id);
    expect(stored.status).toBe("SENT");
    expect(stored.attempts).toBe(3);
    expect(stored.lastError).toBeNull();
  });

  it("marks a message refused with a 5xx as failed, with the reply and without the address", async () => {
    sink = await startSmtpSink();
    sink.onRecipient = () => ({ code: 550, message: "5.1.1 <nobody@example.org> mailbox unavailable" });
    const { id } = await enqueue("nobody@example.org");
    const report = await deliverDueMail(db, transportTo(sink.url), { logger: quiet });
    expect(report.failed).toEqual([id]);
    const stored = await row(id);
    expect(stored.status).toBe("FAILED");
    expect(stored.lastError).toContain("550");
    expect(stored.lastError).not.toContain("nobody@example.org");
    expect(sink.received).toHaveLength(0);
    expect((await deliverDueMail(db, transportTo(sink.url), { now: new Date(Date.now() + BACKOFF_CAP_MS * 2), logger: quiet })).sent).toEqual([]);
  });

  it("retries a message deferred with a 4xx and delivers it later", async () => {
    sink = await startSmtpSink();
    let deferrals = 1;
    sink.onRecipient = () => (deferrals-- > 0 ? { code: 451, message: "4.7.1 Try again later" } : null);
    const { id } = await enqueue();
    const t0 = new Date();
    expect((await deliverDueMail(db, transportTo(sink.url), { now: t0, logger: quiet })).retrying).toEqual([id]);
    const deferred = await row(id);
    expect(deferred.status).toBe("PENDING");
    expect(deferred.lastError).toContain("451");
    expect((await deliverDueMail(db, transportTo(sink.url), { now: new Date(t0.getTime() + 60_000), logger: quiet })).sent).toEqual([id]);
    expect(sink.received).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    const transport = transportTo(`smtp://127.0.0.1:${await freePort()}`);
    const { id } = await enqueue();
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await deliverDueMail(db, transport, { now: new Date(now), logger: quiet });
      now += BACKOFF_CAP_MS + 1;
    }
    const stored = await row(id);
    expect(stored.status).toBe("FAILED");
    expect(stored.attempts).toBe(MAX_ATTEMPTS);
  });

  it("delivers each of 30 messages exactly once when two workers race", async () => {
    sink = await startSmtpSink();
    const ids = new Set<string>();
    for (let i = 0; i < 30; i += 1) ids.add((await enqueue(`person${i}@example.org`)).id);
    const run = async (client: typeof db, transport: MailTransport) => {
      const sent: string[] = [];
      for (;;) {
        const report = await deliverDueMail(client, transport, { batch: 4, logger: quiet });
        if (report.sent.length + report.retrying.length + report.failed.length === 0) return sent;
        sent.push(...report.sent);
      }
    };
    const [a, b] = await Promise.all([run(db, transportTo(sink.url)), run(other, transportTo(sink.url))]);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(new Set([...a, ...b])).toEqual(ids);
    expect(a.length + b.length).toBe(30);
    const messageIds = sink.received.map((mail) => mail.headers.get("message-id"));
    expect(messageIds).toHaveLength(30);
    expect(new Set(messageIds).size).toBe(30);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(30);
  });

  it("fails a message left SENDING by a crash and never resends it", async () => {
    sink = await startSmtpSink();
    const { id } = await enqueue();
    const now = new Date();
    await db.outboxMessage.update({ where: { id }, data: { status: "SENDING", attempts: 1, claimedAt: new Date(now.getTime() - STALE_SENDING_MS - 1000) } });
    const fresh = await enqueue("fresh@example.org");
    await db.outboxMessage.update({ where: { id: fresh.id }, data: { status: "SENDING", attempts: 1, claimedAt: new Date(now.getTime() - 60_000) } });

    const report = await deliverDueMail(db, transportTo(sink.url), { now, logger: quiet });
    expect(report.interrupted).toEqual([id]);
    const stored = await row(id);
    expect(stored.status).toBe("FAILED");
    expect(stored.lastError).toBe(INTERRUPTED_MESSAGE);
    // One claimed a minute ago may still be in flight elsewhere: left alone.
    expect((await row(fresh.id)).status).toBe("SENDING");
    await deliverDueMail(db, transportTo(sink.url), { now: new Date(now.getTime() + BACKOFF_CAP_MS * 2), logger: quiet });
    expect(sink.received.map((mail) => mail.headers.get("message-id"))).not.toContain(`<${id}@portal.test>`);
    expect((await row(id)).status).toBe("FAILED");
  });

  it("does not write the sent bodies back over a row the retention job scrubbed during the send", async () => {
    sink = await startSmtpSink();
    const real = transportTo(sink.url);
    const { id } = await enqueue();
    const scrubbing: MailTransport = {
      send: async (mail) => {
        await real.send(mail);
        await db.outboxMessage.update({ where: { id }, data: { recipient: "", textBody: "[removed]", htmlBody: "[removed]" } });
      },
      close: () => real.close(),
    };
    expect((await deliverDueMail(db, scrubbing, { logger: quiet })).sent).toEqual([id]);
    const stored = await row(id);
    expect(stored.status).toBe("SENT");
    expect(stored.textBody).toBe("[removed]");
    expect(stored.htmlBody).toBe("[removed]");
  });

  it("holds messages when there is no SMTP server and prints each once in development", async () => {
    const { id } = await enqueue();
    const printed: string[] = [];
    const report = await deliverDueMail(db, null, { logger: quiet, printHeld: (text) => printed.push(text) });
    expect(report.held).toEqual([id]);
    const stored = await row(id);
    expect(stored.status).toBe("HELD");
    expect(stored.attempts).toBe(0);
    // Held messages keep their links: staff confirm from the Mail log.
    expect(stored.textBody).toContain(TOKEN);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain("To: contact@example.org");
    expect(printed[0]).toContain(`/fr/registration/confirm/${TOKEN}`);
    await deliverDueMail(db, null, { logger: quiet, printHeld: (text) => printed.push(text) });
    expect(printed).toHaveLength(1);
  });
});
