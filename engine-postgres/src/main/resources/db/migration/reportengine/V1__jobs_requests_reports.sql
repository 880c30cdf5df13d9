-- report-engine PostgreSQL store, schema version 1.
-- Applied by dev.reportengine.postgres.PostgresMigrations, or by Flyway from
-- classpath:db/migration/reportengine. Tables are created in the current schema (search_path).
--
-- Documents are JSON text written by the engine's codec (dev.reportengine.core.StoreJson).
-- Snapshots, requests and reports are json, not jsonb: their strings come from callers and
-- transcripts and may hold U+0000, which jsonb refuses ("unsupported Unicode escape sequence"), and
-- json keeps the text as written (member order of free JSON and metrics, exact numbers).
-- Idempotency records hold only identifiers, hex digests and times, so they are jsonb.

-- The latest snapshot of every job. created_at is JobSnapshot.createdAt truncated to microseconds
-- (PostgreSQL's precision) and created_nanos its full nano-of-second, so that listing orders jobs
-- exactly as the engine does: newest first by createdAt, then job id (COLLATE "C": code point order).
CREATE TABLE reportengine_jobs (
  id               text COLLATE "C" PRIMARY KEY,
  status           text        NOT NULL
                   CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'canceled')),
  created_at       timestamptz NOT NULL,
  created_nanos    integer     NOT NULL CHECK (created_nanos BETWEEN 0 AND 999999999),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  snapshot         json        NOT NULL,
  -- Reserved for the multi-replica claim queue, which is NOT implemented yet: nothing reads or
  -- writes these columns in schema version 1 beyond their defaults.
  priority         integer     NOT NULL DEFAULT 0,
  owner            text,
  attempt          integer     NOT NULL DEFAULT 0,
  lease_until      timestamptz,
  cancel_requested boolean     NOT NULL DEFAULT false
);

-- Listing all jobs, newest first, and listing by status.
CREATE INDEX reportengine_jobs_newest ON reportengine_jobs (created_at DESC, created_nanos DESC, id DESC);
CREATE INDEX reportengine_jobs_status_newest
  ON reportengine_jobs (status, created_at DESC, created_nanos DESC, id DESC);
-- The queue: only queued jobs, in the order a claimer would take them.
CREATE INDEX reportengine_jobs_queued
  ON reportengine_jobs (priority DESC, created_at, created_nanos, id)
  WHERE status = 'queued';
-- Expired leases of running jobs, for the claim queue's recovery.
CREATE INDEX reportengine_jobs_running_lease
  ON reportengine_jobs (lease_until)
  WHERE status = 'running';

-- The create-job request of a job, saved before its first snapshot (so no foreign key).
CREATE TABLE reportengine_requests (
  job_id   text COLLATE "C" PRIMARY KEY,
  request  json        NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);

-- Finished reports.
CREATE TABLE reportengine_reports (
  id         text COLLATE "C" PRIMARY KEY,
  job_id     text COLLATE "C",
  created_at timestamptz NOT NULL,
  saved_at   timestamptz NOT NULL DEFAULT now(),
  report     json        NOT NULL
);
CREATE INDEX reportengine_reports_job ON reportengine_reports (job_id);
CREATE INDEX reportengine_reports_saved ON reportengine_reports (saved_at);

-- Rendered documents of reports (such as the PDF), one per report and media type.
CREATE TABLE reportengine_artifacts (
  report_id  text COLLATE "C" NOT NULL,
  media_type text        NOT NULL,
  bytes      bytea       NOT NULL,
  saved_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (report_id, media_type)
);

-- Idempotency keys. The key is the primary key, so INSERT ... ON CONFLICT (key) DO NOTHING makes
-- the first writer win; the record keeps the full-precision times.
CREATE TABLE reportengine_idempotency (
  key            text COLLATE "C" PRIMARY KEY,
  request_sha256 text        NOT NULL,
  job_id         text        NOT NULL,
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  record         jsonb       NOT NULL
);
CREATE INDEX reportengine_idempotency_expires ON reportengine_idempotency (expires_at);
