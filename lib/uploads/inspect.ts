import { open } from "node:fs/promises";
import { fileTypeFromFile, supportedExtensions } from "file-type";
import { UploadRejectedError } from "./errors";
import { acceptedTypeByExtension, acceptedTypeByMime, describeAcceptedTypes } from "./file-types";
import { checkZipSafety } from "./zip-safety";

// Decides what an uploaded file is from its bytes. The client's type is never consulted and its
// name only to refuse contradictions: a browser or a renamed file can claim anything.

export type InspectedUpload = { contentType: string; extension: string; label: string };

const HEAD_BYTES = 4096;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// Extensions that claim a type. Anything else after a dot ("Report.final", "v1.2") is part of the
// name, not a claim, and does not make a correct file look contradictory.
const TEXT_EXTENSIONS = ["html", "htm", "xhtml", "svg", "xml", "js", "mjs", "sh", "bat", "cmd", "ps1", "txt", "csv", "json", "md", "rtf"];
const LEGACY_OFFICE = ["doc", "xls", "ppt", "dot", "xlt", "pot"];

function claimedExtension(clientName: string): string | null {
  const match = /\.([a-z0-9]{1,5})$/i.exec(clientName.trim());
  const extension = match?.[1]?.toLowerCase();
  if (!extension) return null;
  const claims =
    acceptedTypeByExtension(extension) !== undefined ||
    supportedExtensions.has(extension as never) ||
    TEXT_EXTENSIONS.includes(extension) ||
    LEGACY_OFFICE.includes(extension);
  return claims ? extension : null;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What a text file is, told from its start; file-type recognises binary formats only. */
function describeText(head: Buffer): string | null {
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart().slice(0, 1024).toLowerCase();
  if (text.startsWith("#!")) return "a script";
  if (/^<(!doctype html|html|head|body|script|iframe|meta|title|div|a\s)/.test(text)) return "a web page (HTML)";
  if (/<svg[\s>]/.test(text)) return "an SVG image";
  if (text.startsWith("<?xml") || text.startsWith("<")) return "an XML or HTML text";
  return null;
}

const BINARY_DESCRIPTIONS: Record<string, string> = {
  elf: "a program (Linux executable)",
  exe: "a program (Windows executable)",
  macho: "a program (macOS executable)",
  zip: "a ZIP archive",
  cfb: "an older Office file (DOC, XLS, PPT) or a password-protected one",
  xml: "an XML text",
};

function describeDetected(extension: string): string {
  return BINARY_DESCRIPTIONS[extension] ?? `a ${extension.toUpperCase()} file`;
}

/** `what` the file is ("a web page (HTML)"), or null when its type is not recognised. */
function refuseType(what: string | null, claimed: string | null): UploadRejectedError {
  const claimedLabel = claimed ? acceptedTypeByExtension(claimed)?.label : undefined;
  let subject: string;
  if (what) subject = claimedLabel ? `This file is ${what}, not a ${claimedLabel}.` : `This file is ${what}.`;
  else subject = claimedLabel ? `This file is not a real ${claimedLabel}: its contents are of another type.` : "This type of file is not accepted.";
  return new UploadRejectedError("type-not-allowed", `${subject} Upload ${describeAcceptedTypes()} files.`);
}

/**
 * The stored type of an uploaded file, from its bytes. Throws UploadRejectedError for types that
 * are not accepted (415), archives that are unsafe to open (422) and names that contradict the
 * content (415). Zip-based files pass the zip-safety check before file-type looks inside them.
 */
export async function inspectUpload(tempPath: string, clientName: string): Promise<InspectedUpload> {
  const head = await readHead(tempPath);
  if (head.length === 0) throw new UploadRejectedError("empty", "The file is empty.");
  const claimed = claimedExtension(clientName);

  if (head.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) await checkZipSafety(tempPath);

  let detected: Awaited<ReturnType<typeof fileTypeFromFile>>;
  try {
    detected = await fileTypeFromFile(tempPath);
  } catch {
    // file-type throws on some malformed containers; to the uploader that is an unreadable file.
    throw refuseType(null, claimed);
  }

  const accepted = detected ? acceptedTypeByMime(detected.mime) : undefined;
  if (!detected || !accepted) {
    const textKind = detected && detected.ext !== "xml" ? null : describeText(head);
    throw refuseType(textKind ?? (detected ? describeDetected(detected.ext) : null), claimed);
  }

  if (claimed && claimed !== accepted.extension) {
    const claimedLabel = acceptedTypeByExtension(claimed)?.label ?? claimed.toUpperCase();
    throw new UploadRejectedError(
      "content-mismatch",
      `This file's name ends in .${claimed}, but it is a ${accepted.label} file. Rename it to .${accepted.extension} (or upload the real ${claimedLabel} file).`,
    );
  }
  return { contentType: accepted.mime, extension: accepted.extension, label: accepted.label };
}
