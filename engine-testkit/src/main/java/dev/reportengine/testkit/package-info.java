/**
 * Test support for code built on the report engine. {@link
 * dev.reportengine.testkit.ReportStoreContract} is the contract suite to extend for a custom {@link
 * dev.reportengine.api.spi.ReportStore}; {@link dev.reportengine.testkit.ManualExecutor}, {@link
 * dev.reportengine.testkit.MutableClock} and {@link dev.reportengine.testkit.TestEngines} build an
 * engine whose jobs run only when a test says so, on a clock the test moves, with predictable ids;
 * {@link dev.reportengine.testkit.GatedMediaSource} holds real jobs in their first stage until the
 * test lets them go.
 */
package dev.reportengine.testkit;
