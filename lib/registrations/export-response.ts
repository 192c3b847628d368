// The export route handlers' shared body: session and permission checked here (a route handler
// is a public URL), query parsed with zod (422 when malformed), the file streamed with
// Cache-Control: private, no-store, since it holds personal data.
import "server-only";
import { Readable } from "node:stream";
import contentDisposition from "content-disposition";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { csvStream } from "@/lib/spreadsheet/csv";
import { XLSX_CONTENT_TYPE, xlsxStream } from "@/lib/spreadsheet/xlsx";
import type { SheetSpec } from "@/lib/spreadsheet/sheet";
import { recordIdSchema } from "@/lib/validation/common";
import { EXPORT_FORMATS, exportParticipants, exportRegistrations, PARTICIPANTS_SHEET, REGISTRATIONS_SHEET, type ExportFormat, type ExportResult } from "./export";
import { registrationListParams } from "./list-params";

const NO_STORE = "private, no-store";
const formatSchema = z.enum(EXPORT_FORMATS, { error: "Choose the format: csv or xlsx." });

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Invalid value.";
    throw new ValidationError(message, { [field]: [message] });
  }
  return parsed.data;
}

function fileResponse(result: ExportResult, format: ExportFormat, sheet: SheetSpec): Response {
  const stream = format === "csv" ? csvStream(sheet, result.batches) : xlsxStream(sheet, result.batches);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : XLSX_CONTENT_TYPE,
      "Content-Disposition": contentDisposition(`${result.baseName}.${format}`),
      "Cache-Control": NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function errorResponse(error: unknown, route: string): Response {
  if (error instanceof AppError && error.expose) {
    return Response.json({ ok: false, error: error.message }, { status: error.status, headers: { "Cache-Control": NO_STORE } });
  }
  logger.error("Registration export failed", { route, error });
  return Response.json({ ok: false, error: "The export failed. Try again." }, { status: 500, headers: { "Cache-Control": NO_STORE } });
}

/** GET /api/admin/registrations/export?format=csv|xlsx&<the list's filters>. */
export async function serveRegistrationExport(request: Request): Promise<Response> {
  try {
    const session = await requireStaff("registrations:export");
    const search = new URL(request.url).searchParams;
    const format = parseOrThrow(formatSchema, search.get("format"), "format");
    const result = await exportRegistrations(db, session, { format, filters: registrationListParams.parse(search) });
    return fileResponse(result, format, REGISTRATIONS_SHEET);
  } catch (error) {
    return errorResponse(error, "registrations-export");
  }
}

/** GET /api/admin/registrations/participants?period=<id>&format=csv|xlsx. */
export async function serveParticipantsExport(request: Request): Promise<Response> {
  try {
    const session = await requireStaff("registrations:export");
    const search = new URL(request.url).searchParams;
    const format = parseOrThrow(formatSchema, search.get("format"), "format");
    const periodId = parseOrThrow(recordIdSchema, search.get("period") ?? "", "period");
    const result = await exportParticipants(db, session, { format, periodId });
    return fileResponse(result, format, PARTICIPANTS_SHEET);
  } catch (error) {
    return errorResponse(error, "participants-export");
  }
}
