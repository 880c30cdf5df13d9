-- report-engine PostgreSQL store, schema version 3: the webhook outbox
-- (dev.reportengine.api.spi.WebhookOutbox).
--
-- One row per job's webhook event. The engine that ends a job adds it, due at once; any engine's
-- relay claims due rows (FOR UPDATE SKIP LOCKED, under a lease), makes one attempt and records it:
-- delivered, failed, or due again at next_attempt_at. The caller's headers are two arrays of equal
-- length, names and values.
CREATE TABLE reportengine_webhook_outbox (
  event_id        text COLLATE "C" PRIMARY KEY,
  job_id          text COLLATE "C" NOT NULL UNIQUE,
  url             text        NOT NULL,
  header_names    text[]      NOT NULL,
  header_values   text[]      NOT NULL,
  body            bytea       NOT NULL,
  status          text        NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  owner           text,
  lease_until     timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- The relay's queue: pending deliveries in the order they are due.
CREATE INDEX reportengine_webhook_outbox_due
  ON reportengine_webhook_outbox (next_attempt_at)
  WHERE status = 'pending';
