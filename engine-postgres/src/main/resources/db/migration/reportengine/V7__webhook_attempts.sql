-- report-engine PostgreSQL store, schema version 7: every attempt of every webhook delivery, made
-- by any engine, so that GET /v1/jobs/{jobId}/webhook-deliveries on any replica lists them all.
-- A row is inserted by the statement that records the attempt on the outbox row, and deleted with
-- its job by retention.
CREATE TABLE reportengine_webhook_attempts (
  event_id         text COLLATE "C" NOT NULL,
  number           integer NOT NULL,
  job_id           text COLLATE "C" NOT NULL,
  started_at       timestamptz NOT NULL,
  started_nanos    integer NOT NULL,
  duration_nanos   bigint NOT NULL,
  status_code      integer,
  error            text,
  outcome          text NOT NULL,
  next_attempt_at  timestamptz,
  next_nanos       integer,
  PRIMARY KEY (event_id, number)
);
CREATE INDEX reportengine_webhook_attempts_job ON reportengine_webhook_attempts (job_id);
