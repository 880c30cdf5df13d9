package dev.reportengine.stores;

import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.ReportStores;
import dev.reportengine.testkit.ReportStoreContract;

/**
 * The contract suite against the in-memory store. It lives outside the testkit's package, as a
 * user's store test would, so it also proves that the inherited tests, nested ones included, run
 * from another package. Its store-specific tests are engine-core's {@code InMemoryReportStoreTest}.
 */
class InMemoryReportStoreContractTest extends ReportStoreContract {

  @Override
  protected ReportStore newStore() {
    return ReportStores.inMemory();
  }
}
