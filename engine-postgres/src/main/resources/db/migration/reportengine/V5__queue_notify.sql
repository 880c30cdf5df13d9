-- report-engine PostgreSQL store, schema version 5: NOTIFY on the claim queue
-- (dev.reportengine.api.spi.QueueNotifications).
--
-- A job that becomes queued (inserted, or put back by a requeue or release) notifies the channel
-- reportengine_jobs with the payload 'queued' (PostgreSQL delivers identical payloads of one
-- transaction once); a cancel request notifies 'cancel:<job id>'. Notifications are sent at commit.
-- Engines LISTEN on the channel to claim at once instead of at their next poll. The trigger fires
-- only on statements that set status or cancel_requested (not on lease renewals).
CREATE FUNCTION reportengine_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'queued' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'queued') THEN
    PERFORM pg_notify('reportengine_jobs', 'queued');
  END IF;
  IF NEW.cancel_requested AND NEW.status IN ('queued', 'running')
      AND (TG_OP = 'INSERT' OR NOT OLD.cancel_requested) THEN
    PERFORM pg_notify('reportengine_jobs', 'cancel:' || NEW.id);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER reportengine_jobs_notify
  AFTER INSERT OR UPDATE OF status, cancel_requested ON reportengine_jobs
  FOR EACH ROW EXECUTE FUNCTION reportengine_jobs_notify();
