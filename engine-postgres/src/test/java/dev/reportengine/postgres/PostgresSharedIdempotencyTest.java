package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.Block;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Section;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys shared by several engines on one PostgreSQL database: one key submitted on three
 * engines at once creates one job, and a different request under the key is a conflict on every
 * engine.
 */
class PostgresSharedIdempotencyTest {

  private static final ClaimSettings FAST =
      new ClaimSettings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(100));

  private static EmbeddedDatabase db;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<ReportEngine> engines = new ArrayList<>();

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @BeforeEach
  void freshSchema() {
    db.dropSchema();
    PostgresMigrations.apply(db.dataSource());
  }

  @AfterEach
  void closeEngines() {
    engines.forEach(e -> e.close(Duration.ofSeconds(5)));
    pools.forEach(HikariDataSource::close);
  }

  private List<ReportEngine> threeEngines() {
    for (String name : List.of("engine-a", "engine-b", "engine-c")) {
      HikariDataSource pool = db.newPool(name, 16);
      pools.add(pool);
      engines.add(
          ReportEngine.builder()
              .parallelism(2)
              .store(new PostgresReportStore(pool))
              .mediaSource(new PostgresReplicasTest.AnyMedia())
              .template(new Quick())
              .pdfMode(PdfMode.OFF)
              .claimSettings(FAST)
              .build());
    }
    return engines;
  }

  private static CreateReportJobRequest request(String mediaId, String key) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, TargetSpec.dominant())
        .withIdempotencyKey(key);
  }

  @Test
  void doesCreateOneJobWhenThirtyThreadsOnThreeEnginesSubmitOneKeyAtOnce() throws Exception {
    List<ReportEngine> three = threeEngines();
    int rounds = 10;
    int threads = 30;
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    Map<String, Set<String>> idsPerKey = new ConcurrentHashMap<>();
    try {
      for (int round = 0; round < rounds; round++) {
        String key = "order-" + round;
        CreateReportJobRequest request = request("media-" + round, key);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          ReportEngine engine = three.get(t % 3);
          all.add(
              callers.submit(
                  () -> {
                    start.await();
                    return engine.submit(request).jobId();
                  }));
        }
        start.countDown();
        for (Future<String> f : all) {
          idsPerKey
              .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
              .add(f.get(60, TimeUnit.SECONDS));
        }
      }
    } finally {
      callers.shutdownNow();
    }

    PostgresReportStore store = new PostgresReportStore(db.dataSource());
    var saved = store.jobs(JobQuery.all().withLimit(100)).jobs();
    assertThat(saved).hasSize(rounds);
    for (int round = 0; round < rounds; round++) {
      String key = "order-" + round;
      assertThat(idsPerKey.get(key)).as("job ids returned for " + key).hasSize(1);
      String jobId = idsPerKey.get(key).iterator().next();
      assertThat(store.idempotency(key).orElseThrow().jobId()).isEqualTo(jobId);
      assertThat(engines.get(round % 3).handle(jobId).orElseThrow().await(Duration.ofMinutes(1)))
          .isNotNull();
      assertThat(store.job(jobId).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
    }
  }

  @Test
  void doesRefuseAnotherRequestUnderTheKeyOnEveryEngine() {
    List<ReportEngine> three = threeEngines();
    String jobId = three.get(0).submit(request("media-1", "order-1")).jobId();

    for (ReportEngine engine : three) {
      assertThat(engine.submit(request("media-1", "order-1")).jobId()).isEqualTo(jobId);
      assertThatThrownBy(() -> engine.submit(request("media-2", "order-1")))
          .isInstanceOfSatisfying(
              IdempotencyConflictException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
                assertThat(e.jobId()).isEqualTo(jobId);
              })
          .hasMessageContaining("order-1");
    }
    assertThat(new PostgresReportStore(db.dataSource()).jobs(JobQuery.all()).jobs()).hasSize(1);
  }

  /** A template that returns a one-section report at once. */
  private static final class Quick implements ReportTemplate {
    @Override
    public Template id() {
      return Template.GENERAL_REPORT;
    }

    @Override
    public String title() {
      return "Quick report";
    }

    @Override
    public ParameterSpec parameters() {
      return ParameterSpec.none();
    }

    @Override
    public ReportContent build(TemplateContext context) {
      return new ReportContent(
          "Quick.",
          List.of(new Section("One", Block.Text.of("Done."))),
          Map.of(),
          JsonValue.JsonObject.builder().build());
    }
  }
}
