import { Readable } from "node:stream";
import { ZipFile } from "yazl";

// Small, real files for tests across the team (type detection, zip safety, text extraction,
// upload routes). Built in code so no binary fixtures live in the repository. Test-only: yazl is a
// dev dependency.

/**
 * A one-page PDF whose text `text` is extractable (Helvetica, WinAnsi). Hand-built because the
 * point is a known, minimal file; the xref offsets are computed, so the PDF is valid, not repaired.
 * Only Latin-1 characters can be shown with a standard font; anything else throws.
 */
export function samplePdf(text = "Sample document"): Buffer {
  if (/[^\u0020-\u00ff]/.test(text)) throw new Error("samplePdf supports printable Latin-1 text only.");
  const escaped = text.replace(/[\\()]/g, (character) => `\\${character}`);
  const content = `BT /F1 18 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, "latin1");
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// `level` 1 makes the bomb quick to build (zeros still shrink about 230-fold); 0 stores the entry.
type ZipEntry = { name: string; data: Buffer | string | (() => Readable); level?: number };

/** Builds a zip in memory from small entries; a stream entry is compressed as it is read. */
async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) {
    // yazl stamps entries with the current time; a fixed date keeps archives byte-identical.
    const options = { mtime: new Date("2026-01-01T00:00:00Z"), compressionLevel: entry.level ?? 6 };
    if (typeof entry.data === "function") zip.addReadStream(entry.data(), entry.name, options);
    else zip.addBuffer(Buffer.from(entry.data), entry.name, { ...options, compress: entry.level !== 0 });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function contentTypes(overrides: Record<string, string>): string {
  const parts = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${parts}</Types>`
  );
}

function rootRels(target: string): string {
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="${target}"/></Relationships>`;
}

function wordDocument(text: string): string {
  const paragraphs = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join("");
  return `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
}

function docxEntries(text: string): ZipEntry[] {
  return [
    {
      name: "[Content_Types].xml",
      data: contentTypes({
        "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      }),
    },
    { name: "_rels/.rels", data: rootRels("word/document.xml") },
    { name: "word/document.xml", data: wordDocument(text) },
  ];
}

/** A minimal Word document with `text` as its paragraphs (one per line); any Unicode text works. */
export function sampleDocx(text = "Sample document"): Promise<Buffer> {
  return buildZip(docxEntries(text));
}

/** A minimal Excel workbook with one sheet and one number. */
export function sampleXlsx(): Promise<Buffer> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: contentTypes({
        "/xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "/xl/worksheets/sheet1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
      }),
    },
    { name: "_rels/.rels", data: rootRels("xl/workbook.xml") },
    {
      name: "xl/workbook.xml",
      data: `${XML_HEAD}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `${XML_HEAD}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`,
    },
  ]);
}

/** A minimal PowerPoint package (presentation part only). */
export function samplePptx(): Promise<Buffer> {
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: contentTypes({
        "/ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
      }),
    },
    { name: "_rels/.rels", data: rootRels("ppt/presentation.xml") },
    {
      name: "ppt/presentation.xml",
      data: `${XML_HEAD}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
    },
  ]);
}

const ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

/** An OpenDocument package: the uncompressed `mimetype` entry first, as the format requires. */
function openDocument(mime: string, body: string): Promise<Buffer> {
  return buildZip([
    { name: "mimetype", data: mime, level: 0 },
    { name: "content.xml", data: `${XML_HEAD}<office:document-content xmlns:office="${ODF_OFFICE}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>${body}</office:body></office:document-content>` },
  ]);
}

/** A minimal OpenDocument text with `text` as its one paragraph. */
export function sampleOdt(text = "Sample document"): Promise<Buffer> {
  return openDocument("application/vnd.oasis.opendocument.text", `<office:text><text:p>${xmlEscape(text)}</text:p></office:text>`);
}

export function sampleOds(): Promise<Buffer> {
  return openDocument("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet/>");
}

export function sampleOdp(): Promise<Buffer> {
  return openDocument("application/vnd.oasis.opendocument.presentation", "<office:presentation/>");
}

/** A plain zip with a text file: a container, but not a document format we accept. */
export function plainZip(): Promise<Buffer> {
  return buildZip([{ name: "notes.txt", data: "Just a zip." }]);
}

export function renamedHtml(): Buffer {
  return Buffer.from('<!DOCTYPE html>\n<html><head><title>Report</title></head><body><script>alert("x")</script></body></html>\n');
}

export function sampleSvg(): Buffer {
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert("x")</script></svg>\n',
  );
}

export function shellScript(): Buffer {
  return Buffer.from("#!/bin/sh\necho 'hello'\n");
}

/** The 64-byte header of a 64-bit little-endian x86-64 ELF executable, padded: enough to be one. */
export function elfExecutable(): Buffer {
  const file = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]).copy(file, 0);
  file.writeUInt16LE(2, 16); // e_type: executable
  file.writeUInt16LE(0x3e, 18); // e_machine: x86-64
  file.writeUInt32LE(1, 20); // e_version
  return file;
}

/** A DOS/Windows executable header ("MZ" with a PE offset). */
export function windowsExecutable(): Buffer {
  const file = Buffer.alloc(256);
  file.write("MZ", 0, "latin1");
  file.writeUInt32LE(0x80, 0x3c);
  file.write("PE\0\0", 0x80, "latin1");
  return file;
}

/** Replaces a file name inside a built zip (local header and central directory alike, same length). */
function renameZipEntry(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error("Names must have the same length.");
  const result = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let at = result.indexOf(needle); at !== -1; at = result.indexOf(needle, at + 1)) {
    Buffer.from(to).copy(result, at);
  }
  return result;
}

/**
 * A DOCX with one extra entry named exactly `name`, however unsafe: yazl refuses to write such
 * names, so a placeholder of the same byte length is patched afterwards.
 */
export async function docxWithEntryNamed(name: string): Promise<Buffer> {
  const placeholder = "x".repeat(Buffer.byteLength(name));
  const zip = await buildZip([...docxEntries("Odd entry"), { name: placeholder, data: "<evil/>" }]);
  return renameZipEntry(zip, placeholder, name);
}

/** A DOCX-shaped archive with an entry named `../../evil.xml`. */
export function traversalDocx(): Promise<Buffer> {
  return docxWithEntryNamed("../../evil.xml");
}

/** A DOCX whose entries all claim to be encrypted (general purpose flag bit 0), as a password-protected zip does. */
export async function encryptedDocx(): Promise<Buffer> {
  const zip = Buffer.from(await sampleDocx("Secret"));
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    const signature = zip.readUInt32LE(at);
    if (signature === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(at + 6) | 1, at + 6);
    if (signature === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(at + 8) | 1, at + 8);
  }
  return zip;
}

/** A DOCX-shaped archive with `count` tiny entries. */
export function manyEntriesDocx(count: number): Promise<Buffer> {
  const extra = Array.from({ length: count }, (_, index) => ({ name: `word/media/${index}.xml`, data: "" }));
  return buildZip([...docxEntries("Many entries"), ...extra]);
}

export const ZIP_BOMB_ENTRY_BYTES = 300 * 1024 * 1024;

/** Zeros produced chunk by chunk so a bomb never needs its inflated size in memory. */
function zeros(total: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

let zipBomb: Promise<Buffer> | undefined;

/**
 * A real zip bomb shaped like a DOCX: a 300 MB entry of zeros deflated to about 1.4 MB (ratio
 * about 230:1). Built by streaming (about 3 s, once per test process) and then cached; give the
 * first test that uses it a longer timeout.
 */
export function zipBombDocx(): Promise<Buffer> {
  zipBomb ??= buildZip([...docxEntries("Bomb"), { name: "word/media/padding.bin", data: () => zeros(ZIP_BOMB_ENTRY_BYTES), level: 1 }]);
  return zipBomb;
}
