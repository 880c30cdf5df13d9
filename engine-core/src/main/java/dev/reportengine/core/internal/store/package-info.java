/** Implementations of the {@code ReportStore} SPI. */
package dev.reportengine.core.internal.store;
