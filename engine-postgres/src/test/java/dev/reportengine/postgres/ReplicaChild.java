package dev.reportengine.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.Block;
import dev.reportengine.api.CreateReportJobRequest;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A replica in its own JVM, for {@link PostgresReplicaKillTest}: an engine on the database at
 * {@code args[0]} that submits {@code args[1]} jobs of {@code args[2]} ms each, says {@code
 * submitted N} and runs jobs until it is killed.
 */
public final class ReplicaChild {

  private ReplicaChild() {}

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername("postgres");
    config.setMaximumPoolSize(8);
    HikariDataSource pool = new HikariDataSource(config);
    int jobs = Integer.parseInt(args[1]);
    long millis = Long.parseLong(args[2]);
    ReportEngine engine =
        ReportEngine.builder()
            .parallelism(4)
            .store(new PostgresReportStore(pool))
            .mediaSource(new PostgresReplicasTest.AnyMedia())
            .template(new Slow(millis))
            .pdfMode(PdfMode.OFF)
            .claimSettings(
                new ClaimSettings(
                    Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(100)))
            .build();
    for (int i = 0; i < jobs; i++) {
      engine.submit(
          CreateReportJobRequest.of("media-" + i, Template.GENERAL_REPORT, TargetSpec.dominant()));
    }
    System.out.println("submitted " + jobs);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** A template that takes {@code millis} per build. */
  static final class Slow implements ReportTemplate {
    private final long millis;

    Slow(long millis) {
      this.millis = millis;
    }

    @Override
    public Template id() {
      return Template.GENERAL_REPORT;
    }

    @Override
    public String title() {
      return "Slow report";
    }

    @Override
    public ParameterSpec parameters() {
      return ParameterSpec.none();
    }

    @Override
    public ReportContent build(TemplateContext context) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ReportContent(
          "Slow.",
          List.of(new Section("One", Block.Text.of("Built slowly."))),
          Map.of("builds", JsonValue.of(1)),
          JsonValue.JsonObject.builder().put("slow", true).build());
    }
  }
}
