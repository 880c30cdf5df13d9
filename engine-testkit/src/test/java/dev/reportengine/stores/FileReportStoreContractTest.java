package dev.reportengine.stores;

import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.ReportStores;
import dev.reportengine.testkit.ReportStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract suite against the directory store, a new directory per store. It lives outside the
 * testkit's package, as a user's store test would, so it also proves that the inherited tests,
 * nested ones included, run from another package. Its store-specific tests are engine-core's {@code
 * FileReportStoreTest}.
 */
class FileReportStoreContractTest extends ReportStoreContract {

  @TempDir Path dir;

  private int opened;

  @Override
  protected ReportStore newStore() {
    return ReportStores.directory(dir.resolve("store-" + opened++));
  }
}
