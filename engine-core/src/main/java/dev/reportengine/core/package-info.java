/**
 * The engine's public entry points: {@link dev.reportengine.core.ReportEngine} and its builder, the
 * standard media sources and stores, the JSON codec and the JSON facade. Everything under {@code
 * internal} is implementation and may change without notice.
 */
package dev.reportengine.core;
