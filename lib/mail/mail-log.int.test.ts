// The Mail log's reads and "Send again" against a real PostgreSQL, and the action through the real
// session lookup (only the request's cookies are stood in for).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());

const { resendMailAction } = await import("./actions");
const { enqueueEmail } = await import("./outbox");
const { mailListParams } = await import("./list-params");
const { ANONYMISED_MESSAGE, NOT_RESENDABLE_MESSAGE, resendMail } = await import("./resend");
const { findMailLog, findMailMessage } = await import("./staff-queries");
const { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } = await import("@/lib/errors");

const db = testDb(3);
const tag = randomUUID().slice(0, 8);
type Role = "ADMIN" | "EDITOR" | "REGISTRAR";
const actors = {} as Record<Role, { userId: string; email: string; role: Role; id: string; sessionVersion: number }>;
const ids: Record<string, string> = {};

async function add(name: string, to: string, template: "registration.approved" | "registration.withdrawn", status: "PENDING" | "HELD" | "FAILED" | "SENT") {
  const params =
    template === "registration.approved"
      ? { organisationName: `Org ${name}`, eventTitle: `Hearings ${tag}`, statusUrl: "https://portal.test/en/registration/access/x", representatives: ["A"] }
      : { organisationName: `Org ${name}`, eventTitle: `Hearings ${tag}` };
  const { id } = await enqueueEmail(db, { to, template, language: "es", params: params as never });
  if (status !== "PENDING") await db.outboxMessage.update({ where: { id }, data: { status, attempts: status === "FAILED" ? 8 : 1, lastError: status === "FAILED" ? "The mail server answered: 550 no" : null } });
  ids[name] = id;
}

beforeAll(async () => {
  await db.outboxMessage.deleteMany({});
  for (const role of ["ADMIN", "EDITOR", "REGISTRAR"] as const) {
    const user = await db.staffUser.create({
      data: { email: `mail-${role.toLowerCase()}-${tag}@portal.localhost`, name: `Mail ${role}`, passwordHash: "x", role },
      select: { id: true, email: true, role: true, sessionVersion: true },
    });
    actors[role] = { userId: user.id, id: user.id, email: user.email, role, sessionVersion: user.sessionVersion };
  }
  await add("held", `held-${tag}@example.org`, "registration.approved", "HELD");
  await add("failed", `failed-${tag}@example.org`, "registration.withdrawn", "FAILED");
  await add("sent", `sent-${tag}@example.org`, "registration.approved", "SENT");
  await add("pending", `pending-${tag}@example.org`, "registration.withdrawn", "PENDING");
});

afterAll(async () => {
  await db.outboxMessage.deleteMany({});
  await db.$disconnect();
});

describe("Mail log reads", () => {
  it("is refused without mail:read", async () => {
    const params = mailListParams.parse({});
    await expect(findMailLog(db, null, params)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(findMailLog(db, actors.EDITOR, params)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findMailMessage(db, actors.EDITOR, ids.held!)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("filters by status and template, searches recipient and subject, pages and sorts", async () => {
    const all = await findMailLog(db, actors.REGISTRAR, mailListParams.parse({}));
    expect(all.total).toBe(4);
    expect(all.rows[0]!.id).toBe(ids.pending); // newest first
    expect(all.rows[0]!.language).toBe("es");

    expect((await findMailLog(db, actors.REGISTRAR, mailListParams.parse({ status: "HELD" }))).rows.map((row) => row.id)).toEqual([ids.held]);
    const withdrawn = await findMailLog(db, actors.REGISTRAR, mailListParams.parse({ template: "registration.withdrawn" }));
    expect(new Set(withdrawn.rows.map((row) => row.id))).toEqual(new Set([ids.failed, ids.pending]));
    expect((await findMailLog(db, actors.ADMIN, mailListParams.parse({ q: `FAILED-${tag}` }))).rows.map((row) => row.id)).toEqual([ids.failed]);
    // Spanish subject of the approval.
    expect((await findMailLog(db, actors.ADMIN, mailListParams.parse({ q: "aprobada" }))).total).toBe(2);

    const page2 = await findMailLog(db, actors.ADMIN, mailListParams.parse({ size: "10", sort: "recipient", dir: "asc", page: "1" }));
    expect(page2.rows.map((row) => row.recipient)).toEqual([`failed-${tag}@example.org`, `held-${tag}@example.org`, `pending-${tag}@example.org`, `sent-${tag}@example.org`]);
    // An unknown sort column falls back to the default instead of failing.
    expect(mailListParams.parse({ sort: "textBody" }).sort).toBe("createdAt");
  });

  it("shows one message with its bodies", async () => {
    const message = await findMailMessage(db, actors.REGISTRAR, ids.held!);
    expect(message?.recipient).toBe(`held-${tag}@example.org`);
    expect(message?.textBody).toContain(`Org held`);
    expect(message?.htmlBody).toContain('<html lang="es"');
    expect(await findMailMessage(db, actors.REGISTRAR, "cm0000000000000000000000")).toBeNull();
  });
});

describe("Send again", () => {
  it("puts a held message back in the queue and audits it without body or recipient", async () => {
    await resendMail(db, actors.REGISTRAR, { id: ids.held });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: ids.held! } });
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "mail.resend", entityId: ids.held! } });
    expect(audit.actorId).toBe(actors.REGISTRAR.userId);
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).toContain("HELD");
    expect(recorded).not.toContain("@example.org");
    expect(recorded).not.toContain("Org held");
  });

  it("refuses sent or queued messages, unknown ids, and roles without mail:resend", async () => {
    await expect(resendMail(db, actors.ADMIN, { id: ids.sent })).rejects.toThrow(new ConflictError(NOT_RESENDABLE_MESSAGE));
    await expect(resendMail(db, actors.ADMIN, { id: ids.pending })).rejects.toBeInstanceOf(ConflictError);
    await expect(resendMail(db, actors.ADMIN, { id: "cm0000000000000000000000" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendMail(db, actors.EDITOR, { id: ids.failed })).rejects.toBeInstanceOf(ForbiddenError);
    // Scrubbed by the retention job: nothing left to send.
    await add("scrubbed", `scrubbed-${tag}@example.org`, "registration.withdrawn", "FAILED");
    await db.outboxMessage.update({ where: { id: ids.scrubbed! }, data: { recipient: "", textBody: "[removed]", htmlBody: "[removed]" } });
    await expect(resendMail(db, actors.ADMIN, { id: ids.scrubbed })).rejects.toThrow(new ConflictError(ANONYMISED_MESSAGE));
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: ids.failed! } })).status).toBe("FAILED");
  });

  it("works through the action for a registrar, with the session checked", async () => {
    harness.cookie = await sessionCookieFor(actors.EDITOR);
    expect(await resendMailAction({ id: ids.failed })).toMatchObject({ ok: false });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: ids.failed! } })).status).toBe("FAILED");
    harness.cookie = await sessionCookieFor(actors.REGISTRAR);
    expect(await resendMailAction({ id: ids.failed })).toEqual({ ok: true, data: { id: ids.failed } });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: ids.failed! } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toBeNull();
    harness.cookie = undefined;
  });
});
