import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, permissionsOf } from "./permissions";

describe("can", () => {
  it("grants an administrator every permission", () => {
    for (const permission of PERMISSIONS) expect(can("ADMIN", permission)).toBe(true);
  });

  it("lets an editor edit and publish content but not registrations, staff or the audit log", () => {
    expect(permissionsOf("EDITOR")).toEqual([
      "content:read",
      "events:edit",
      "events:publish",
      "meetings:edit",
      "meetings:publish",
      "agendas:edit",
      "documents:edit",
      "documents:publish",
    ]);
    expect(can("EDITOR", "registrations:read")).toBe(false);
    expect(can("EDITOR", "staff:manage")).toBe(false);
    expect(can("EDITOR", "audit:read")).toBe(false);
  });

  it("lets a registrar handle registrations and read content, nothing else", () => {
    expect(permissionsOf("REGISTRAR")).toEqual([
      "content:read",
      "registrations:read",
      "registrations:decide",
      "registrations:configure",
      "registrations:export",
      "mail:read",
      "mail:resend",
    ]);
    expect(can("EDITOR", "mail:read")).toBe(false);
    expect(can("EDITOR", "registrations:export")).toBe(false);
    expect(can("REGISTRAR", "meetings:edit")).toBe(false);
    expect(can("REGISTRAR", "meetings:publish")).toBe(false);
  });

  it("fails closed for unknown roles, unknown permissions and non-strings", () => {
    expect(can("SUPERUSER", "meetings:edit")).toBe(false);
    expect(can("ADMIN", "meetings:delete-everything")).toBe(false);
    expect(can("admin", "meetings:edit")).toBe(false);
    expect(can("toString", "meetings:edit")).toBe(false);
    expect(can("__proto__", "meetings:edit")).toBe(false);
    expect(can(undefined, "content:read")).toBe(false);
    expect(can("ADMIN", undefined)).toBe(false);
    expect(can(null, null)).toBe(false);
    expect(can("ADMIN", "")).toBe(false);
  });
});
