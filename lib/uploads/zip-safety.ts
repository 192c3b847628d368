import yauzl, { type Entry, type ZipFile } from "yauzl";
import { formatByteSize, UploadRejectedError } from "./errors";

// Office (DOCX, XLSX, PPTX) and OpenDocument files are zip archives. Before anything inflates one
// (type detection, text extraction), its central directory is read — names and declared sizes
// only, nothing is decompressed — and archives that could exhaust memory or disk, or that carry
// names meant to escape a folder when unpacked, are refused. Declared sizes can lie; code that
// inflates entries later must still bound what it reads (yauzl's validateEntrySizes does).

export type ZipSafetyLimits = {
  maxEntries: number;
  /**
   * Bound on the sum of the declared uncompressed sizes: this many bytes, or `maxTotalRatio` times
   * the archive's size if that is more (a large deck of stored videos unpacks to about its size).
   */
  maxTotalUncompressedBytes: number;
  maxTotalRatio: number;
  /** Largest uncompressed/compressed ratio allowed for an entry larger than `ratioMinBytes`. */
  maxCompressionRatio: number;
  ratioMinBytes: number;
  /** In bytes of the stored name. */
  maxNameBytes: number;
};

export const DEFAULT_ZIP_SAFETY_LIMITS: ZipSafetyLimits = {
  // Real documents hold tens to a few thousand parts (a large deck with many images).
  maxEntries: 10_000,
  // Ten times the default 100 MB upload limit: spreadsheet XML compresses about 10:1.
  maxTotalUncompressedBytes: 1024 ** 3,
  maxTotalRatio: 20,
  // Office XML compresses 5–20:1, media barely; 100:1 over a megabyte is a bomb, not a document.
  maxCompressionRatio: 100,
  ratioMinBytes: 1024 ** 2,
  maxNameBytes: 512,
};

// yauzl decodes names and would already reject some; reading the raw bytes (and the Info-ZIP
// Unicode path field some extractors prefer) lets every unsafe form get the same clear message.
const UNICODE_PATH_FIELD = 0x7075;
const DEFLATE = 8;
const STORED = 0;

function entryNames(entry: Entry): Buffer[] {
  const names = [entry.fileNameRaw];
  for (const field of entry.extraFields) {
    // Version (1 byte) and CRC of the plain name (4 bytes) precede the UTF-8 name.
    if (field.id === UNICODE_PATH_FIELD && field.data.length > 5) names.push(field.data.subarray(5));
  }
  return names;
}

function isUnsafeName(raw: Buffer, limits: ZipSafetyLimits): boolean {
  if (raw.length === 0 || raw.length > limits.maxNameBytes) return true;
  // Control bytes (NUL included) and backslashes are ASCII, so the raw bytes tell in any encoding.
  if (raw.some((byte) => byte < 0x20 || byte === 0x7f || byte === 0x5c)) return true;
  const name = raw.toString("latin1");
  if (name.startsWith("/") || /^[a-z]:/i.test(name)) return true;
  return name.split("/").includes("..");
}

function unsafe(message: string): UploadRejectedError {
  return new UploadRejectedError("unsafe-archive", message);
}

function checkEntry(entry: Entry, limits: ZipSafetyLimits): UploadRejectedError | null {
  if (entryNames(entry).some((name) => isUnsafeName(name, limits))) {
    return unsafe(
      "This file contains a part with an unsafe name (a path that leaves its folder or hidden characters), which Office never writes. Save the document again from its application and upload that copy.",
    );
  }
  // Bit 0: traditional or strong encryption of the entry's data.
  if (entry.isEncrypted()) {
    return unsafe("This file contains encrypted parts. Remove the password, save it again and upload that copy.");
  }
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATE) {
    return unsafe("This file uses a compression method documents do not use. Save it again from its application and upload that copy.");
  }
  const { uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > limits.ratioMinBytes && uncompressedSize > limits.maxCompressionRatio * Math.max(compressedSize, 1)) {
    return unsafe(
      `This file contains a part that would unpack to more than ${limits.maxCompressionRatio} times its size (${formatByteSize(uncompressedSize)}), a sign of a "zip bomb". It was refused.`,
    );
  }
  return null;
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false — the names are checked as raw bytes above, never trusted as text.
    yauzl.open(path, { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

const DAMAGED_MESSAGE = "This file is damaged: its contents cannot be read as a document. Save it again and upload the new copy.";

/**
 * Reads the archive's central directory and throws UploadRejectedError("unsafe-archive") if it is
 * damaged, too large when unpacked, a likely zip bomb, encrypted or has unsafe entry names.
 */
export async function checkZipSafety(path: string, limits: ZipSafetyLimits = DEFAULT_ZIP_SAFETY_LIMITS): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    throw unsafe(DAMAGED_MESSAGE);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw unsafe(`This file contains more than ${limits.maxEntries.toLocaleString("en")} parts, far more than any document needs.`);
  }

  const maxTotal = Math.max(limits.maxTotalUncompressedBytes, limits.maxTotalRatio * zip.fileSize);
  await new Promise<void>((resolve, reject) => {
    let totalUncompressed = 0;
    const refuse = (error: UploadRejectedError) => {
      zip.close();
      reject(error);
    };
    zip.on("entry", (entry: Entry) => {
      const problem = checkEntry(entry, limits);
      if (problem) return refuse(problem);
      totalUncompressed += entry.uncompressedSize;
      if (totalUncompressed > maxTotal) {
        return refuse(unsafe(`This file would unpack to more than ${formatByteSize(maxTotal)}, far more than any document needs.`));
      }
      zip.readEntry();
    });
    zip.once("end", () => resolve());
    // `on`, not `once`: a second error after closing must not become an unhandled one.
    zip.on("error", () => reject(unsafe(DAMAGED_MESSAGE)));
    zip.readEntry();
  });
}
