/**
 * The engine's own implementations of the {@code ReportStore} SPI, reached through {@link
 * dev.reportengine.core.ReportStores}: the bounded in-memory store (Caffeine) and the directory
 * store (one JSON file per job, request, report and idempotency key, written atomically, with the
 * directory's lock file and the quarantine of unreadable files). Not exported.
 */
package dev.reportengine.core.internal.store;
