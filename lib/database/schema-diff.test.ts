import { describe, expect, it } from "vitest";
import { migrationTimestamp, normaliseMigrationName } from "@/lib/database/schema-diff";

describe("migration names", () => {
  it("prefixes the UTC time as YYYYMMDDHHMMSS, as Prisma does", () => {
    expect(migrationTimestamp(new Date(Date.UTC(2026, 10, 2, 3, 4, 5, 678)))).toBe("20261102030405");
  });

  it("turns a free-form name into a safe snake_case directory name", () => {
    expect(normaliseMigrationName("  Add meeting-room / capacity ")).toBe("add_meeting_room_capacity");
    expect(normaliseMigrationName("../../etc")).toBe("etc");
  });

  it("rejects a name without letters or digits", () => {
    expect(() => normaliseMigrationName(" -- ")).toThrow(/letters or digits/);
  });
});
