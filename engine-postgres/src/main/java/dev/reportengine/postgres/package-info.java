/**
 * A durable {@link dev.reportengine.api.spi.ReportStore} in PostgreSQL ({@link
 * dev.reportengine.postgres.PostgresReportStore}) and the migrations that create its tables ({@link
 * dev.reportengine.postgres.PostgresMigrations}). One engine per database for now: claiming jobs
 * between replicas is not implemented yet.
 */
package dev.reportengine.postgres;
