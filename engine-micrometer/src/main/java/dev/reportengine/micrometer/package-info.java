/**
 * Micrometer metrics for a report engine: {@link dev.reportengine.micrometer.ReportEngineMetrics}
 * is an {@link dev.reportengine.api.spi.EngineObserver} for the engine's builder that records an
 * observation per pipeline stage, job outcomes, queue gauges and webhook outcomes. No Spring
 * needed.
 */
package dev.reportengine.micrometer;
