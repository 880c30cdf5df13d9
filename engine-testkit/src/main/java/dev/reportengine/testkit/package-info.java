/**
 * Test support for code built on the report engine. {@link
 * dev.reportengine.testkit.ReportStoreContract} is the contract suite to extend for a custom {@link
 * dev.reportengine.api.spi.ReportStore}.
 */
package dev.reportengine.testkit;
