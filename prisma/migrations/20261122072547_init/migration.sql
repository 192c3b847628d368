-- CreateEnum
CREATE TYPE "language" AS ENUM ('ar', 'zh', 'en', 'fr', 'ru', 'es');

-- CreateEnum
CREATE TYPE "state_status" AS ENUM ('MEMBER_STATE', 'OBSERVER_STATE');

-- CreateEnum
CREATE TYPE "publication_status" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "meeting_kind" AS ENUM ('ROUNDTABLE', 'PLENARY', 'INTERACTIVE_HEARING', 'PANEL', 'OTHER');

-- CreateEnum
CREATE TYPE "agenda_item_kind" AS ENUM ('ITEM', 'BREAK');

-- CreateEnum
CREATE TYPE "speaker_role" AS ENUM ('CHAIR', 'MODERATOR', 'SPEAKER');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('AGENDA', 'BACKGROUND_PAPER', 'REPORT', 'CONCEPT_NOTE', 'RESOLUTION', 'STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "text_extraction_status" AS ENUM ('PENDING', 'DONE', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('NGO', 'PRIVATE_SECTOR', 'ACADEMIA', 'FOUNDATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ecosoc_status" AS ENUM ('GENERAL', 'SPECIAL', 'ROSTER', 'NONE');

-- CreateEnum
CREATE TYPE "registration_status" AS ENUM ('AWAITING_CONFIRMATION', 'SUBMITTED', 'APPROVED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "non_objection_status" AS ENUM ('NOT_REQUIRED', 'PENDING', 'NO_OBJECTION', 'OBJECTION');

-- CreateEnum
CREATE TYPE "staff_role" AS ENUM ('ADMIN', 'EDITOR', 'REGISTRAR');

-- CreateEnum
CREATE TYPE "outbox_status" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "process_profiles" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "acronym" TEXT NOT NULL,
    "year_established" INTEGER NOT NULL,
    "objectives" JSONB NOT NULL,
    "secretariat" JSONB NOT NULL,
    "website_url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "process_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_themes" (
    "id" TEXT NOT NULL,
    "profile_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "focus_themes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_categories" (
    "id" TEXT NOT NULL,
    "profile_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observers" (
    "id" TEXT NOT NULL,
    "profile_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "observers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participating_states" (
    "id" TEXT NOT NULL,
    "iso_code" CHAR(2) NOT NULL,
    "status" "state_status" NOT NULL DEFAULT 'MEMBER_STATE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "participating_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB,
    "year" INTEGER NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "venue" JSONB,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "meeting_kind" NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "time_zone" TEXT NOT NULL DEFAULT 'America/New_York',
    "venue" JSONB,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "publish_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "cancellation_notice" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "agenda_item_kind" NOT NULL DEFAULT 'ITEM',
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "title" JSONB NOT NULL,
    "description" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_speakers" (
    "id" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "speaker_role" NOT NULL DEFAULT 'SPEAKER',
    "name" TEXT NOT NULL,
    "function" JSONB,
    "organisation" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agenda_speakers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" TEXT NOT NULL,
    "kind" "document_kind" NOT NULL,
    "symbol" TEXT,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "issued_on" DATE,
    "is_principal" BOOLEAN NOT NULL DEFAULT false,
    "event_id" TEXT,
    "meeting_id" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_files" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "language" "language" NOT NULL,
    "version" INTEGER NOT NULL,
    "is_current" BOOLEAN,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploaded_by_id" TEXT,
    "text_status" "text_extraction_status" NOT NULL DEFAULT 'PENDING',
    "text_content" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "document_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "type" "organisation_type" NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "website_url" TEXT,
    "ecosoc_status" "ecosoc_status" NOT NULL DEFAULT 'NONE',
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_periods" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "meeting_id" TEXT,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "capacity_organisations" INTEGER,
    "capacity_persons" INTEGER,
    "max_representatives" INTEGER NOT NULL DEFAULT 3,
    "non_objection_required" BOOLEAN NOT NULL DEFAULT true,
    "auto_promote" BOOLEAN NOT NULL DEFAULT false,
    "privacy_notice" JSONB NOT NULL,
    "decline_message" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registration_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registrations" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "meeting_id" TEXT,
    "period_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "status" "registration_status" NOT NULL DEFAULT 'AWAITING_CONFIRMATION',
    "non_objection_status" "non_objection_status" NOT NULL DEFAULT 'NOT_REQUIRED',
    "language" "language" NOT NULL DEFAULT 'en',
    "contact_name" TEXT NOT NULL,
    "contact_function" TEXT,
    "contact_email" TEXT NOT NULL,
    "contact_phone" TEXT,
    "live_organisation_key" TEXT,
    "live_contact_email" TEXT,
    "public_listing_consent" BOOLEAN NOT NULL DEFAULT false,
    "privacy_consent_at" TIMESTAMPTZ(3) NOT NULL,
    "confirm_token_hash" CHAR(64),
    "confirm_token_expires_at" TIMESTAMPTZ(3),
    "access_token_hash" CHAR(64) NOT NULL,
    "decision_reason" TEXT,
    "waitlisted_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_representatives" (
    "id" TEXT NOT NULL,
    "registration_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registration_representatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_notes" (
    "id" TEXT NOT NULL,
    "registration_id" TEXT NOT NULL,
    "author_id" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registration_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "staff_role" NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "language" "language" NOT NULL DEFAULT 'en',
    "data" JSONB NOT NULL,
    "status" "outbox_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "process_profiles_key_key" ON "process_profiles"("key");

-- CreateIndex
CREATE INDEX "focus_themes_profile_id_idx" ON "focus_themes"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "focus_themes_profile_id_position_key" ON "focus_themes"("profile_id", "position");

-- CreateIndex
CREATE INDEX "partner_categories_profile_id_idx" ON "partner_categories"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_categories_profile_id_position_key" ON "partner_categories"("profile_id", "position");

-- CreateIndex
CREATE INDEX "observers_profile_id_idx" ON "observers"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "observers_profile_id_position_key" ON "observers"("profile_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "participating_states_iso_code_key" ON "participating_states"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "events_slug_key" ON "events"("slug");

-- CreateIndex
CREATE INDEX "events_status_year_idx" ON "events"("status", "year");

-- CreateIndex
CREATE UNIQUE INDEX "meetings_slug_key" ON "meetings"("slug");

-- CreateIndex
CREATE INDEX "meetings_event_id_idx" ON "meetings"("event_id");

-- CreateIndex
CREATE INDEX "meetings_status_starts_at_idx" ON "meetings"("status", "starts_at");

-- CreateIndex
CREATE INDEX "meetings_publish_at_idx" ON "meetings"("publish_at");

-- CreateIndex
CREATE INDEX "agenda_items_meeting_id_position_idx" ON "agenda_items"("meeting_id", "position");

-- CreateIndex
CREATE INDEX "agenda_speakers_agenda_item_id_position_idx" ON "agenda_speakers"("agenda_item_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "documents_symbol_key" ON "documents"("symbol");

-- CreateIndex
CREATE INDEX "documents_event_id_position_idx" ON "documents"("event_id", "position");

-- CreateIndex
CREATE INDEX "documents_meeting_id_position_idx" ON "documents"("meeting_id", "position");

-- CreateIndex
CREATE INDEX "documents_status_kind_idx" ON "documents"("status", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "document_files_storage_key_key" ON "document_files"("storage_key");

-- CreateIndex
CREATE INDEX "document_files_uploaded_by_id_idx" ON "document_files"("uploaded_by_id");

-- CreateIndex
CREATE INDEX "document_files_text_status_idx" ON "document_files"("text_status");

-- CreateIndex
CREATE UNIQUE INDEX "document_files_document_id_language_version_key" ON "document_files"("document_id", "language", "version");

-- CreateIndex
CREATE UNIQUE INDEX "document_files_document_id_language_is_current_key" ON "document_files"("document_id", "language", "is_current");

-- CreateIndex
CREATE UNIQUE INDEX "organisations_normalized_name_country_code_key" ON "organisations"("normalized_name", "country_code");

-- CreateIndex
CREATE INDEX "registration_periods_event_id_idx" ON "registration_periods"("event_id");

-- CreateIndex
CREATE INDEX "registration_periods_meeting_id_idx" ON "registration_periods"("meeting_id");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_confirm_token_hash_key" ON "registrations"("confirm_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_access_token_hash_key" ON "registrations"("access_token_hash");

-- CreateIndex
CREATE INDEX "registrations_event_id_idx" ON "registrations"("event_id");

-- CreateIndex
CREATE INDEX "registrations_meeting_id_idx" ON "registrations"("meeting_id");

-- CreateIndex
CREATE INDEX "registrations_organisation_id_idx" ON "registrations"("organisation_id");

-- CreateIndex
CREATE INDEX "registrations_decided_by_id_idx" ON "registrations"("decided_by_id");

-- CreateIndex
CREATE INDEX "registrations_period_id_status_waitlisted_at_idx" ON "registrations"("period_id", "status", "waitlisted_at");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_period_id_live_organisation_key_key" ON "registrations"("period_id", "live_organisation_key");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_period_id_live_contact_email_key" ON "registrations"("period_id", "live_contact_email");

-- CreateIndex
CREATE INDEX "registration_representatives_registration_id_idx" ON "registration_representatives"("registration_id");

-- CreateIndex
CREATE UNIQUE INDEX "registration_representatives_registration_id_position_key" ON "registration_representatives"("registration_id", "position");

-- CreateIndex
CREATE INDEX "registration_notes_registration_id_idx" ON "registration_notes"("registration_id");

-- CreateIndex
CREATE INDEX "registration_notes_author_id_idx" ON "registration_notes"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users"("email");

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_idx" ON "audit_logs"("actor_id");

-- CreateIndex
CREATE INDEX "audit_logs_entity_type_entity_id_idx" ON "audit_logs"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs"("created_at");

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "focus_themes" ADD CONSTRAINT "focus_themes_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "process_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_categories" ADD CONSTRAINT "partner_categories_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "process_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observers" ADD CONSTRAINT "observers_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "process_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_speakers" ADD CONSTRAINT "agenda_speakers_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_periods" ADD CONSTRAINT "registration_periods_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_periods" ADD CONSTRAINT "registration_periods_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "registration_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_representatives" ADD CONSTRAINT "registration_representatives_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_notes" ADD CONSTRAINT "registration_notes_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_notes" ADD CONSTRAINT "registration_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
