-- report-engine PostgreSQL store, schema version 4: what retention needs
-- (dev.reportengine.api.spi.StoreRetention).
--
-- Finished jobs in the order they ended (updated_at is set by the terminal save, on the database
-- clock), so a purge finds the oldest without scanning the queue.
CREATE INDEX reportengine_jobs_finished
  ON reportengine_jobs (updated_at)
  WHERE status IN ('succeeded', 'failed', 'canceled');
