/**
 * A durable {@link dev.reportengine.api.spi.ReportStore} in PostgreSQL ({@link
 * dev.reportengine.postgres.PostgresReportStore}) and the migrations that create its tables ({@link
 * dev.reportengine.postgres.PostgresMigrations}). Several engines on one database share its jobs
 * through the store's claim queue ({@link dev.reportengine.api.spi.JobClaims}), woken by
 * LISTEN/NOTIFY, along with idempotency keys, job events, a webhook outbox and retention.
 */
package dev.reportengine.postgres;
