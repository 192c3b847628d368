import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const { GET, POST } = await import("./route");
const { INTERNAL_SECRET_HEADER, internalSecret, isInternalRequest } = await import("@/lib/publishing/internal-revalidation");

const post = (headers: Record<string, string> = {}) => new Request("http://127.0.0.1:3000/api/internal/revalidate", { method: "POST", headers });

describe("POST /api/internal/revalidate", () => {
  it("answers 404 and revalidates nothing before this process made a secret", () => {
    expect(isInternalRequest("anything")).toBe(false);
    expect(POST(post({ [INTERNAL_SECRET_HEADER]: "anything" })).status).toBe(404);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("answers 404 without the secret or with a wrong one, whatever the method", () => {
    const secret = internalSecret();
    expect(POST(post()).status).toBe(404);
    expect(POST(post({ [INTERNAL_SECRET_HEADER]: `${secret}x` })).status).toBe(404);
    expect(POST(post({ [INTERNAL_SECRET_HEADER]: secret.slice(1) })).status).toBe(404);
    expect(GET().status).toBe(404);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("revalidates the public pages for this process's own secret", () => {
    const response = POST(post({ [INTERNAL_SECRET_HEADER]: internalSecret() }));
    expect(response.status).toBe(204);
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
  });

  it("keeps one secret per process", () => {
    expect(internalSecret()).toBe(internalSecret());
    expect(internalSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/u);
  });
});
