/**
 * Test support for code built on the report engine: the {@link
 * dev.reportengine.api.spi.ReportStore} contract suite (JUnit Jupiter, AssertJ), a manual executor,
 * a mutable clock and deterministic engines. Use it at test scope.
 */
module dev.reportengine.testkit {
  requires transitive dev.reportengine.core;
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;

  exports dev.reportengine.testkit;

  // JUnit instantiates the suite's nested classes and calls its methods reflectively.
  opens dev.reportengine.testkit to
      org.junit.platform.commons;
}
