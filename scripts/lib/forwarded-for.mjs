// Preloaded into the Next server (`node --import <this> next start`, see children.ts). Next sets
// X-Forwarded-For to the socket address only when a request has none and otherwise keeps what
// the client sent, so the header alone cannot be trusted. Like a proxy, this appends the address
// of the peer that opened the connection: the last entry is then always the real peer, which
// lib/http/client-address.ts counts from (TRUSTED_PROXY_HOPS says how many proxies to look past).
import http from "node:http";

const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  if (event === "request") {
    const request = args[0];
    const peer = request?.socket?.remoteAddress;
    if (peer) {
      const prior = request.headers["x-forwarded-for"];
      request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    }
  }
  return emit.call(this, event, ...args);
};
