// Staff exports of registrations (registrations:export): the filtered list with contact details,
// and the participant list for badges (one row per representative of each approved
// registration). Rows are read in batches of 500 while the file is written, never all at once.
// Each export is audited before any data leaves: kind, format, filters and row count, never the
// data itself nor the search text (which may be a person's name or email).
// No "server-only" marker: integration tests drive the cores with their own client.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { NotFoundError } from "@/lib/errors";
import { countryName } from "@/lib/states/names";
import type { CellValue, RowBatches, SheetSpec } from "@/lib/spreadsheet/sheet";
import { ECOSOC_STATUS_LABELS, NON_OBJECTION_STATUS_LABELS, ORGANISATION_TYPE_LABELS, REGISTRATION_STATUS_LABELS, registrationListParams, type RegistrationFilters } from "./list-params";
import { registrationListWhere } from "./list-where";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const REGISTRATION_EXPORTED = "registration.exported";
export const EXPORT_BATCH_SIZE = 500;

export const REGISTRATIONS_SHEET: SheetSpec = {
  name: "Registrations",
  columns: [
    { header: "Organisation", width: 40 },
    { header: "Type", width: 16 },
    { header: "Country", width: 24 },
    { header: "ECOSOC status", width: 28 },
    { header: "Website", width: 32 },
    { header: "Status", width: 26 },
    { header: "Non-objection", width: 22 },
    { header: "Contact name", width: 28 },
    { header: "Contact function", width: 28 },
    { header: "Contact email", width: 32 },
    { header: "Contact phone", width: 20 },
    { header: "Representatives", width: 60 },
    { header: "Confirmed at (UTC)", width: 18 },
    { header: "Decided at (UTC)", width: 18 },
  ],
};

export const PARTICIPANTS_SHEET: SheetSpec = {
  name: "Participants",
  columns: [
    { header: "Name", width: 30 },
    { header: "Function", width: 30 },
    { header: "Organisation", width: 40 },
    { header: "Country", width: 24 },
    { header: "Email", width: 32 },
  ],
};

/** What a route needs to answer with the file. */
export interface ExportResult {
  rowCount: number;
  /** "registrations-2026-11-22", without the extension. */
  baseName: string;
  batches: RowBatches;
}

/** The audit snapshot of the filters: values of closed sets, and only whether a search was used. */
function auditedFilters(filters: RegistrationFilters): Record<string, string | boolean> {
  const recorded: Record<string, string | boolean> = {};
  for (const name of registrationListParams.filterNames) {
    const value = (filters as Record<string, unknown>)[name];
    if (typeof value === "string") recorded[name] = value;
  }
  if (filters.q !== "") recorded.search = true;
  return recorded;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

async function* registrationBatches(client: Db, filters: RegistrationFilters): RowBatches {
  const where = registrationListWhere(filters);
  let cursor: string | undefined;
  for (;;) {
    const batch = await client.registration.findMany({
      where,
      orderBy: [{ organisationName: "asc" }, { id: "asc" }],
      take: EXPORT_BATCH_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        organisationName: true,
        organisationType: true,
        countryCode: true,
        ecosocStatus: true,
        websiteUrl: true,
        status: true,
        nonObjectionStatus: true,
        contactName: true,
        contactFunction: true,
        contactEmail: true,
        contactPhone: true,
        confirmedAt: true,
        decidedAt: true,
        representatives: { orderBy: { position: "asc" }, select: { name: true } },
      },
    });
    if (batch.length === 0) return;
    yield batch.map((registration): CellValue[] => [
      registration.organisationName,
      ORGANISATION_TYPE_LABELS[registration.organisationType] ?? registration.organisationType,
      countryName(registration.countryCode, "en"),
      ECOSOC_STATUS_LABELS[registration.ecosocStatus],
      registration.websiteUrl,
      REGISTRATION_STATUS_LABELS[registration.status],
      NON_OBJECTION_STATUS_LABELS[registration.nonObjectionStatus],
      registration.contactName,
      registration.contactFunction,
      registration.contactEmail,
      registration.contactPhone,
      registration.representatives.map((person) => person.name).join("; "),
      registration.confirmedAt,
      registration.decidedAt,
    ]);
    if (batch.length < EXPORT_BATCH_SIZE) return;
    cursor = batch[batch.length - 1]?.id;
  }
}

/** Every registration matching the list's filters (not one page), with contact details. */
export async function exportRegistrations(
  client: Db,
  actor: StaffActor | null,
  input: { format: ExportFormat; filters: RegistrationFilters; now?: Date },
): Promise<ExportResult> {
  const staff = authorise(actor, "registrations:export");
  const rowCount = await client.registration.count({ where: registrationListWhere(input.filters) });
  await recordAudit(client, {
    actor: { kind: "staff", id: staff.userId, email: staff.email },
    action: REGISTRATION_EXPORTED,
    entityType: "Registration",
    after: { kind: "registrations", format: input.format, filters: auditedFilters(input.filters), rows: rowCount },
  });
  return { rowCount, baseName: `registrations-${day(input.now ?? new Date())}`, batches: registrationBatches(client, input.filters) };
}

const participantWhere = (periodId: string) => ({ registration: { periodId, status: "APPROVED" as const } });

async function* participantBatches(client: Db, periodId: string): RowBatches {
  // Offset batches: the order (organisation, name) runs through a relation, which a cursor
  // cannot follow; a badge list is a few hundred rows.
  for (let skip = 0; ; skip += EXPORT_BATCH_SIZE) {
    const batch = await client.registrationRepresentative.findMany({
      where: participantWhere(periodId),
      orderBy: [{ registration: { organisationName: "asc" } }, { registrationId: "asc" }, { name: "asc" }, { id: "asc" }],
      skip,
      take: EXPORT_BATCH_SIZE,
      select: { name: true, function: true, email: true, registration: { select: { organisationName: true, countryCode: true } } },
    });
    if (batch.length === 0) return;
    yield batch.map((person): CellValue[] => [
      person.name,
      person.function,
      person.registration.organisationName,
      countryName(person.registration.countryCode, "en"),
      person.email,
    ]);
    if (batch.length < EXPORT_BATCH_SIZE) return;
  }
}

/** The badge list of a period: every representative of its approved registrations. */
export async function exportParticipants(
  client: Db,
  actor: StaffActor | null,
  input: { format: ExportFormat; periodId: string; now?: Date },
): Promise<ExportResult> {
  const staff = authorise(actor, "registrations:export");
  const period = await client.registrationPeriod.findUnique({
    where: { id: input.periodId },
    select: { id: true, event: { select: { slug: true } }, meeting: { select: { slug: true } } },
  });
  if (!period) throw new NotFoundError("This registration period does not exist.");
  const rowCount = await client.registrationRepresentative.count({ where: participantWhere(period.id) });
  await recordAudit(client, {
    actor: { kind: "staff", id: staff.userId, email: staff.email },
    action: REGISTRATION_EXPORTED,
    entityType: "Registration",
    after: { kind: "participants", format: input.format, filters: { period: period.id }, rows: rowCount },
  });
  const slug = period.meeting?.slug ?? period.event.slug;
  return { rowCount, baseName: `participants-${slug}-${day(input.now ?? new Date())}`, batches: participantBatches(client, period.id) };
}
