package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.spi.JobClaims;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.StoreRetention;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.ReportEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code report-engine.postgres.*} claim and retention properties and {@code
 * report-engine.resume-jobs}: bound, validated, and effective on engines on embedded PostgreSQL.
 */
class ReportEngineReplicaPropertiesTest {

  private static EmbeddedPostgres server;
  private static int schemas;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ReportEngineAutoConfiguration.class))
          .withPropertyValues(
              "report-engine.media-directory=" + ReportEngineAutoConfigurationTest.EXAMPLES);

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void claimPropertiesBecomeTheEnginesClaimSettings() {
    runner
        .withPropertyValues(
            "report-engine.postgres.lease=5s",
            "report-engine.postgres.heartbeat=1s",
            "report-engine.postgres.poll-interval=50ms",
            "report-engine.postgres.max-lease-expiries=7")
        .run(
            context ->
                assertThat(context.getBean(ClaimSettings.class))
                    .isEqualTo(
                        new ClaimSettings(
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(1),
                            Duration.ofMillis(50),
                            7)));
  }

  @Test
  void unsetClaimPropertiesKeepTheEnginesDefaults() {
    runner
        .withPropertyValues("report-engine.postgres.max-lease-expiries=2")
        .run(
            context ->
                assertThat(context.getBean(ClaimSettings.class))
                    .isEqualTo(
                        new ClaimSettings(
                            ClaimSettings.DEFAULTS.lease(),
                            ClaimSettings.DEFAULTS.heartbeat(),
                            ClaimSettings.DEFAULTS.pollInterval(),
                            2)));
    runner.run(
        context ->
            assertThat(context.getBean(ClaimSettings.class)).isEqualTo(ClaimSettings.DEFAULTS));
  }

  @Test
  void badClaimAndRetentionValuesFailNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.postgres.heartbeat=40s")
        .run(
            context ->
                ReportEngineAutoConfigurationTest.assertFailure(
                    context, "report-engine.postgres.heartbeat", "PT30S"));
    runner
        .withPropertyValues("report-engine.postgres.max-lease-expiries=0")
        .run(
            context ->
                ReportEngineAutoConfigurationTest.assertFailure(
                    context, "postgres.maxLeaseExpiries"));
    runner
        .withPropertyValues("report-engine.postgres.lease=0s")
        .run(context -> ReportEngineAutoConfigurationTest.assertFailure(context, "postgres.lease"));
    runner
        .withPropertyValues("report-engine.postgres.poll-interval=0ms")
        .run(
            context ->
                ReportEngineAutoConfigurationTest.assertFailure(context, "postgres.pollInterval"));
    runner
        .withPropertyValues("report-engine.postgres.keep-finished=30s")
        .run(
            context ->
                ReportEngineAutoConfigurationTest.assertFailure(context, "postgres.keepFinished"));
    runner
        .withPropertyValues("report-engine.idempotency-retention=0s")
        .run(
            context ->
                ReportEngineAutoConfigurationTest.assertFailure(context, "idempotencyRetention"));
  }

  @Test
  void maxLeaseExpiriesAndHeartbeatReachAnEngineOnPostgres() throws Exception {
    String schema = schema();
    AtomicReference<String> jobId = new AtomicReference<>();
    {
      // An engine that runs nothing submits the job; a replica that dies claims it.
      postgres(schema)
          .withPropertyValues("report-engine.resume-jobs=false")
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                jobId.set(submit(context.getBean(ReportEngine.class)));
                JobClaims claims = (JobClaims) context.getBean(ReportStore.class);
                assertThat(claims.claim(jobId.get(), "dead-replica", Duration.ofMillis(1)))
                    .as("left queued by the engine with resume-jobs=false")
                    .isPresent();
              });
      // With one expiry allowed and a fast heartbeat, the next engine gives the job up at once.
      postgres(schema)
          .withPropertyValues(
              "report-engine.postgres.max-lease-expiries=1",
              "report-engine.postgres.heartbeat=100ms",
              "report-engine.postgres.lease=1s")
          .run(
              context -> {
                ReportEngine engine = context.getBean(ReportEngine.class);
                await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> engine.job(jobId.get()).orElseThrow().status().isTerminal());
                assertThat(engine.job(jobId.get()).orElseThrow().error().orElseThrow().message())
                    .contains("was given up: its lease expired 1 times");
              });
    }
  }

  @Test
  void keepFinishedMakesTheStoreDeleteFinishedJobsPastIt() throws Exception {
    String schema = schema();
    AtomicReference<String> jobId = new AtomicReference<>();
    {
      postgres(schema)
          .withPropertyValues("report-engine.resume-jobs=false")
          .run(
              context -> {
                ReportEngine engine = context.getBean(ReportEngine.class);
                jobId.set(submit(engine));
                assertThat(engine.cancel(jobId.get())).isTrue();
                ended2MinutesAgo(context.getBean(DataSource.class), jobId.get());
                StoreRetention store = (StoreRetention) context.getBean(ReportStore.class);
                assertThat(store.purge(new StoreRetention.Purge(10)))
                    .as("no keep-finished: nothing is deleted")
                    .isZero();
                assertThat(engine.job(jobId.get())).isPresent();
              });
      postgres(schema)
          .withPropertyValues(
              "report-engine.resume-jobs=false", "report-engine.postgres.keep-finished=1m")
          .run(
              context -> {
                StoreRetention store = (StoreRetention) context.getBean(ReportStore.class);
                store.purge(new StoreRetention.Purge(10));
                // Deleted by this purge, or by the engine's own sweep just before it.
                assertThat(context.getBean(ReportEngine.class).job(jobId.get())).isEmpty();
              });
    }
  }

  /** Engines on a schema, each context with a pool of its own (the context closes it). */
  private ApplicationContextRunner postgres(String schema) {
    return runner
        .withBean(
            HikariDataSource.class, () -> ReportEngineAutoConfigurationTest.pool(server, schema))
        .withPropertyValues("report-engine.store=postgres", "report-engine.pdf-mode=off");
  }

  private static String submit(ReportEngine engine) throws Exception {
    String body =
        Files.readString(
            ReportEngineAutoConfigurationTest.EXAMPLES.resolve("requests/sales-playbook.json"));
    var created = engine.api().createJob(body);
    assertThat(created.status()).isEqualTo(202);
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\"jobId\"\\s*:\\s*\"([^\"]+)\"").matcher(created.json());
    assertThat(id.find()).as(created.json()).isTrue();
    return id.group(1);
  }

  private static void ended2MinutesAgo(DataSource pool, String jobId) throws Exception {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "UPDATE reportengine_jobs SET updated_at = now() - interval '2 minutes'"
                      + " WHERE id = '"
                      + jobId
                      + "' AND status = 'canceled'"))
          .isEqualTo(1);
    }
  }

  private static String schema() throws Exception {
    String schema = "replica_properties_" + (++schemas);
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return schema;
  }
}
