package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in migrator on a real PostgreSQL, from an empty schema before each test. */
class PostgresMigrationsTest {

  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(8);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @BeforeEach
  void emptySchema() {
    db.dropSchema();
  }

  @Test
  void doesCreateTheTablesAndIndexesAndRecordTheVersion() throws SQLException {
    assertThat(PostgresMigrations.apply(db.dataSource())).containsExactly(1, 2, 3, 4, 5, 6, 7);

    assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .containsExactlyInAnyOrder(
            "reportengine_schema_history",
            "reportengine_jobs",
            "reportengine_requests",
            "reportengine_reports",
            "reportengine_artifacts",
            "reportengine_idempotency",
            "reportengine_events",
            "reportengine_webhook_outbox",
            "reportengine_webhook_attempts");
    assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))
        .contains("reportengine_jobs_queued", "reportengine_jobs_newest");
    assertThat(
            strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'reportengine_jobs_queued'"))
        .singleElement()
        .asString()
        .contains("WHERE (status = 'queued'::text)");
    assertThat(strings("SELECT version || ' ' || script FROM reportengine_schema_history"))
        .containsExactly(
            "1 V1__jobs_requests_reports.sql",
            "2 V2__job_events.sql",
            "3 V3__webhook_outbox.sql",
            "4 V4__retention.sql",
            "5 V5__queue_notify.sql",
            "6 V6__lease_expiries.sql",
            "7 V7__webhook_attempts.sql");
    assertThat(PostgresMigrations.latestVersion()).isEqualTo(7);
  }

  @Test
  void doesNothingWhenAppliedAgain() throws SQLException {
    PostgresMigrations.apply(db.dataSource());
    new PostgresReportStore(db.dataSource())
        .saveArtifact("rep_1", "application/pdf", new byte[] {1});

    assertThat(PostgresMigrations.apply(db.dataSource())).isEmpty();
    assertThat(PostgresMigrations.apply(db.dataSource())).isEmpty();

    assertThat(strings("SELECT count(*)::text FROM reportengine_schema_history"))
        .containsExactly("7");
    assertThat(new PostgresReportStore(db.dataSource()).artifact("rep_1", "application/pdf"))
        .hasValue(new byte[] {1});
  }

  @Test
  void doesSucceedInEveryThreadWhenThreadsApplyAtOnce() throws Exception {
    int threads = 6;
    CountDownLatch ready = new CountDownLatch(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<List<Integer>> apply =
            () -> {
              ready.countDown();
              ready.await();
              return PostgresMigrations.apply(db.dataSource());
            };
        results.add(pool.submit(apply));
      }
      List<List<Integer>> applied = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        applied.add(result.get());
      }

      // Each script is its own transaction, so two threads may share the work; each version once.
      assertThat(applied.stream().flatMap(List::stream))
          .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
      assertThat(strings("SELECT count(*)::text FROM reportengine_schema_history"))
          .containsExactly("7");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void doesRefuseAScriptThatChangedAfterItWasApplied() {
    PostgresMigrations.apply(db.dataSource());
    db.execute("UPDATE reportengine_schema_history SET checksum = 'x' WHERE version = 1");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PostgresMigrations.apply(db.dataSource()))
        .isInstanceOf(PostgresStoreException.class)
        .hasMessageContaining("V1__jobs_requests_reports.sql")
        .hasMessageContaining("must never change");
  }

  @Test
  void doesListEveryScriptOfItsLocationInVersionOrder() throws Exception {
    java.net.URL dir =
        PostgresMigrations.class.getClassLoader().getResource(PostgresMigrations.LOCATION);
    List<String> files;
    try (java.util.stream.Stream<java.nio.file.Path> list =
        java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }

    assertThat(PostgresMigrations.scriptFiles()).isEqualTo(files);
    for (int i = 0; i < files.size(); i++) {
      assertThat(files.get(i)).startsWith("V" + (i + 1) + "__").endsWith(".sql");
    }
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }
}
