package dev.reportengine.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class whose engines share one database, registered as a static field with
 * {@code @RegisterExtension}: an {@link EmbeddedDatabase} for the class, a freshly migrated schema
 * before each test, and the engines (each on a pool of its own) a test builds, closed after it.
 */
final class SharedDatabase
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  /** A 3 s lease, a heartbeat every 200 ms, a poll every 100 ms. */
  static final ClaimSettings FAST =
      new ClaimSettings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(100));

  private EmbeddedDatabase db;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<ReportEngine> engines = new ArrayList<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    db = EmbeddedDatabase.start(4);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    db.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    db.dropSchema();
    PostgresMigrations.apply(db.dataSource());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    engines.forEach(e -> e.close(Duration.ofSeconds(5)));
    pools.forEach(HikariDataSource::close);
    engines.clear();
    pools.clear();
  }

  EmbeddedDatabase db() {
    return db;
  }

  /** A pool of its own on the database, closed after the test. */
  HikariDataSource pool(String name, int size) {
    HikariDataSource pool = db.newPool(name, size);
    pools.add(pool);
    return pool;
  }

  /**
   * An engine on a pool of its own (10 connections), closed after the test: {@link
   * PostgresReplicasTest.AnyMedia}, {@code template}, PDFs off, then whatever {@code settings} adds
   * (each builder option can be set once: parallelism, claim settings, limits, ...).
   */
  ReportEngine engine(
      String name, ReportTemplate template, UnaryOperator<ReportEngineBuilder> settings) {
    return engine(name, PostgresReportStore::new, template, settings);
  }

  /**
   * Like {@link #engine(String, ReportTemplate, UnaryOperator)}, with a store of its own making.
   */
  ReportEngine engine(
      String name,
      Function<DataSource, ? extends ReportStore> store,
      ReportTemplate template,
      UnaryOperator<ReportEngineBuilder> settings) {
    ReportEngine engine =
        settings
            .apply(
                ReportEngine.builder()
                    .store(store.apply(pool(name, 10)))
                    .mediaSource(new PostgresReplicasTest.AnyMedia())
                    .template(template)
                    .pdfMode(PdfMode.OFF))
            .build();
    engines.add(engine);
    return engine;
  }
}
