import { describe, expect, it, vi } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { UploadRejectedError } from "@/lib/uploads/errors";
import { errorJson } from "./route-errors";

describe("errorJson", () => {
  it("answers typed errors with their own status, message and code", async () => {
    const tooLarge = errorJson(new UploadRejectedError("too-large", "The file is larger than 100 MB."), "test", "Failed.");
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ ok: false, error: "The file is larger than 100 MB.", code: "too-large" });
    expect(await errorJson(new ForbiddenError(), "test", "Failed.").json()).toMatchObject({ code: "forbidden" });
    expect(errorJson(new NotFoundError(), "test", "Failed.").status).toBe(404);
  });

  it("never shows an unexpected error's message, and logs it", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = errorJson(new Error("ECONNREFUSED 10.0.0.3:5432 password=hunter2"), "test", "The upload failed. Try again.");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ ok: false, error: "The upload failed. Try again.", code: "server-error" });
    expect(log).toHaveBeenCalledOnce();
  });
});
