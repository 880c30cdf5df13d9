-- report-engine PostgreSQL store, schema version 2: every job's event history, so that a job's
-- events can be read on any engine (dev.reportengine.api.spi.SharedEvents).
--
-- One row per event, in the order saved (seq). The engine that submits a job saves its queued
-- event; the engine that holds the job's claim saves the later ones, fenced by its claim. `at` is
-- JobEvent.at truncated to microseconds and at_nanos its full nano-of-second, so an event reads back
-- equal to what was saved. No foreign key: the queued event is saved before the job's first row.
CREATE TABLE reportengine_events (
  seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id   text COLLATE "C" NOT NULL,
  status   text        NOT NULL
           CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'canceled')),
  stage    text,
  progress double precision NOT NULL,
  at       timestamptz NOT NULL,
  at_nanos integer     NOT NULL CHECK (at_nanos BETWEEN 0 AND 999999999)
);
CREATE INDEX reportengine_events_job ON reportengine_events (job_id, seq);
