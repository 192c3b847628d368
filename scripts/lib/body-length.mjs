// Preloaded into the Next server (`node --import <this> next start`, see children.ts). Next removes
// Content-Length from every route handler response (it cannot know whether a fetched body was
// decoded on its way), so file downloads went out chunked: no size in the browser's download
// progress, none on HEAD. lib/http/file-response.ts, which knows the exact byte count of what it
// streams, says so in the private X-Body-Length header; this turns it back into Content-Length
// before the response head is written. Nothing else sets that header.
import http from "node:http";

const BODY_LENGTH = "x-body-length";
const setHeader = http.ServerResponse.prototype.setHeader;

http.ServerResponse.prototype.setHeader = function setHeaderWithBodyLength(name, value) {
  if (typeof name === "string" && name.toLowerCase() === BODY_LENGTH) {
    const length = String(value);
    if (/^\d+$/.test(length)) return setHeader.call(this, "Content-Length", length);
    return this;
  }
  return setHeader.call(this, name, value);
};
