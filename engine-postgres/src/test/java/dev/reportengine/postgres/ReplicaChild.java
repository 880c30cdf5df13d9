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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A replica in its own JVM, for {@link PostgresReplicaKillTest} and {@link
 * PostgresThreeJvmReplicasTest}: an engine on the database at {@code args[0]} that submits {@code
 * args[1]} jobs of {@code args[2]} ms each, says {@code submitted N} and runs jobs until it is
 * killed. Optional: {@code args[3]} the lease in ms (2,000 by default), {@code args[4]} a table
 * where each template build inserts a row (media id, {@code args[5]} as the engine's name).
 */
public final class ReplicaChild {

  private ReplicaChild() {}

  /**
   * Runs this class with {@code args} in a new JVM (256 MB heap) on this JVM's class path, its
   * standard error merged into its output.
   */
  static ProcessBuilder inNewJvm(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ReplicaChild.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername("postgres");
    config.setMaximumPoolSize(8);
    HikariDataSource pool = new HikariDataSource(config);
    int jobs = Integer.parseInt(args[1]);
    long millis = Long.parseLong(args[2]);
    Duration lease = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 2000);
    ReportTemplate template =
        args.length > 5 ? new Recording(millis, pool, args[4], args[5]) : new Slow(millis);
    ReportEngine engine =
        ReportEngine.builder()
            .parallelism(4)
            .store(new PostgresReportStore(pool))
            .mediaSource(new PostgresReplicasTest.AnyMedia())
            .template(template)
            .pdfMode(PdfMode.OFF)
            .claimSettings(
                new ClaimSettings(
                    lease, Duration.ofMillis(lease.toMillis() * 3 / 20), Duration.ofMillis(100)))
            .build();
    for (int i = 0; i < jobs; i++) {
      engine.submit(
          CreateReportJobRequest.of("media-" + i, Template.GENERAL_REPORT, TargetSpec.dominant()));
    }
    System.out.println("submitted " + jobs);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** A {@link Slow} template that also inserts a row per build into a table. */
  static final class Recording extends Slow {
    private final DataSource dataSource;
    private final String insert;
    private final String engineName;

    Recording(long millis, DataSource dataSource, String table, String engineName) {
      super(millis);
      this.dataSource = dataSource;
      this.insert = "INSERT INTO " + table + " (media_id, engine) VALUES (?, ?)";
      this.engineName = engineName;
    }

    @Override
    public ReportContent build(TemplateContext context) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(insert)) {
        s.setString(1, context.media().id());
        s.setString(2, engineName);
        s.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot record the build of " + context.media().id(), e);
      }
      return super.build(context);
    }
  }

  /** A template that takes {@code millis} per build. */
  static class Slow implements ReportTemplate {
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
