-- report-engine PostgreSQL store, schema version 6: how many times each job's lease expired, so a
-- job whose engine dies every time it runs it is given up after ClaimSettings.maxLeaseExpiries
-- instead of being queued again forever. Adding a column with a constant default rewrites nothing.
ALTER TABLE reportengine_jobs ADD COLUMN lease_expiries integer NOT NULL DEFAULT 0;
