import { request as httpRequest, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, normaliseAddress, throttleSubject } from "./client-address";

describe("normaliseAddress", () => {
  it("accepts IPv4 and IPv6 in the shapes proxies write them", () => {
    expect(normaliseAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
  });

  it("refuses what is not an address", () => {
    for (const junk of ["", "unknown", "example.org", "999.1.1.1", "1.2.3", "<script>", "_hidden"]) expect(normaliseAddress(junk)).toBeNull();
  });
});

describe("clientAddressFrom", () => {
  it("uses the last entry (the socket peer, appended by the preload) when no proxy is trusted", () => {
    expect(clientAddressFrom("198.51.100.1", 0)).toBe("198.51.100.1");
    // The client wrote the first two entries itself: they are ignored.
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2, 198.51.100.1", 0)).toBe("198.51.100.1");
  });

  it("looks past exactly the trusted proxies, never further left", () => {
    // client-forged, real client (added by the proxy), proxy (socket peer).
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.3, 10.0.0.2", 2)).toBe("203.0.113.9");
    // Fewer entries than trusted hops: the leftmost (the nearest to the client there is).
    expect(clientAddressFrom("203.0.113.9, 10.0.0.2", 5)).toBe("203.0.113.9");
  });

  it("gives null for a missing header or a chosen entry that is not an address", () => {
    expect(clientAddressFrom(undefined, 0)).toBeNull();
    expect(clientAddressFrom("", 0)).toBeNull();
    expect(clientAddressFrom("1.2.3.4, garbage", 0)).toBeNull();
  });
});

describe("throttleSubject", () => {
  it("counts IPv4 per address and IPv6 per /64 prefix", () => {
    expect(throttleSubject("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleSubject("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(throttleSubject("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:0db8:0001:0002::/64");
    expect(throttleSubject("::1")).toBe("0000:0000:0000:0000::/64");
    expect(throttleSubject(null)).toBe("unknown");
  });
});

describe("the forwarded-for preload", () => {
  it("appends the socket address to whatever the client sent, so the last entry cannot be forged", async () => {
    await import("@/scripts/lib/forwarded-for.mjs");
    const server = createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (headers: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        httpRequest({ host: "127.0.0.1", port, headers }, (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => resolve(body));
        })
          .on("error", reject)
          .end();
      });
    try {
      expect(await get({})).toBe("127.0.0.1");
      const forged = await get({ "X-Forwarded-For": "6.6.6.6" });
      expect(forged).toBe("6.6.6.6, 127.0.0.1");
      expect(clientAddressFrom(forged, 0)).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
