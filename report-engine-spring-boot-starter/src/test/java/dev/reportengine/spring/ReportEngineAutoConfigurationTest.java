package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import dev.reportengine.postgres.PostgresReportStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ReportEngineAutoConfigurationTest {

  static final Path EXAMPLES =
      Path.of(System.getProperty("reportengine.root", "..")).resolve("examples").toAbsolutePath();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ReportEngineAutoConfiguration.class))
          .withPropertyValues("report-engine.media-directory=" + EXAMPLES);

  @Test
  void engineWithDefaults() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(ReportEngine.class);
          assertThat(context).hasSingleBean(ReportStore.class);
          assertThat(context).doesNotHaveBean(ReportEngineController.class);
          ReportEngine engine = context.getBean(ReportEngine.class);
          assertThat(engine.api().getJob("job_none").status()).isEqualTo(404);
        });
  }

  @Test
  void propertiesReachTheEngine() {
    runner
        .withPropertyValues(
            "report-engine.parallelism=2",
            "report-engine.max-queued-jobs=5",
            "report-engine.job-timeout=20s",
            "report-engine.shutdown-grace=1s",
            "report-engine.pdf-mode=off",
            "report-engine.link-base-uri=https://reports.example.com")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ReportEngine engine = context.getBean(ReportEngine.class);
              assertThat(engine.pdfMode()).isEqualTo(dev.reportengine.core.PdfMode.OFF);
              ReportEngineProperties properties = context.getBean(ReportEngineProperties.class);
              assertThat(properties.getJobTimeout()).isEqualTo(Duration.ofSeconds(20));
              assertThat(properties.getMaxQueuedJobs()).isEqualTo(5);
            });
  }

  @Test
  void withoutMediaDirectoryOrMediaSourceStartupFailsNamingTheProperty() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ReportEngineAutoConfiguration.class))
        .run(context -> assertFailure(context, "report-engine.media-directory"));
  }

  @Test
  void backsOffWhenTheHostDefinesItsOwnEngine() {
    runner
        .withUserConfiguration(HostEngine.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReportEngine.class);
              assertThat(context)
                  .getBean("hostEngine")
                  .isSameAs(context.getBean(ReportEngine.class));
            });
  }

  @Test
  void backsOffWhenTheHostDefinesItsOwnStoreAndMediaSource() {
    runner
        .withUserConfiguration(HostStoreAndMedia.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(ReportStore.class);
              assertThat(context).getBean("hostStore").isSameAs(context.getBean(ReportStore.class));
              assertThat(context).hasSingleBean(dev.reportengine.api.spi.MediaSource.class);
              assertThat(context).getBean("hostMedia").isNotNull();
              assertThat(context).hasSingleBean(ReportEngine.class);
            });
  }

  @Test
  void directoryStoreWhenConfigured(@TempDir Path store) {
    runner
        .withPropertyValues(
            "report-engine.store=directory", "report-engine.store-directory=" + store)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(ReportEngine.class);
              // The file store's engine holds the directory's lock while it runs.
              assertThat(store.resolve(".lock")).exists();
            });
  }

  @Test
  void directoryStoreWithoutDirectoryFailsNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.store=directory")
        .run(context -> assertFailure(context, "report-engine.store-directory"));
  }

  @Test
  void postgresStoreWithoutDataSourceFailsNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.store=postgres")
        .run(context -> assertFailure(context, "report-engine.store", "DataSource"));
  }

  @Test
  void postgresStoreOnTheHostsDataSource() throws Exception {
    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create schema migrated");
        s.execute("create schema unmigrated");
      }
      try (HikariDataSource migrated = pool(server, "migrated");
          HikariDataSource unmigrated = pool(server, "unmigrated")) {
        runner
            .withBean(DataSource.class, () -> migrated)
            .withPropertyValues("report-engine.store=postgres")
            .run(
                context -> {
                  assertThat(context).hasNotFailed();
                  assertThat(context)
                      .getBean(ReportStore.class)
                      .isInstanceOf(PostgresReportStore.class);
                  assertThat(tables(migrated, "migrated")).contains("reportengine_schema_history");
                  assertThat(context.getBean(ReportEngine.class).api().listJobs("").status())
                      .isEqualTo(200);
                });
        runner
            .withBean(DataSource.class, () -> unmigrated)
            .withPropertyValues(
                "report-engine.store=postgres", "report-engine.postgres.migrate=false")
            .run(
                context -> {
                  assertThat(context)
                      .getBean(ReportStore.class)
                      .isInstanceOf(PostgresReportStore.class);
                  assertThat(tables(unmigrated, "unmigrated")).isEmpty();
                });
      }
    }
  }

  @Test
  void webControllerOnlyWhenEnabledInAServletApplication() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReportEngineAutoConfiguration.class))
            .withPropertyValues("report-engine.media-directory=" + EXAMPLES);
    web.run(context -> assertThat(context).doesNotHaveBean(ReportEngineController.class));
    web.withPropertyValues("report-engine.web.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(ReportEngineController.class));
    runner
        .withPropertyValues("report-engine.web.enabled=true")
        .run(context -> assertThat(context).doesNotHaveBean(ReportEngineController.class));
  }

  @Test
  void parallelismZeroFailsNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.parallelism=0")
        .run(context -> assertFailure(context, "report-engine.parallelism"));
  }

  @Test
  void unknownStoreFailsNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.store=bogus")
        .run(context -> assertFailure(context, "report-engine.store", "bogus"));
  }

  @Test
  void otherBadValuesFailNamingTheProperty() {
    runner
        .withPropertyValues("report-engine.job-timeout=0s")
        .run(context -> assertFailure(context, "report-engine.job-timeout"));
    runner
        .withPropertyValues("report-engine.max-queued-jobs=-1")
        .run(context -> assertFailure(context, "report-engine.max-queued-jobs"));
    runner
        .withPropertyValues("report-engine.pdf-mode=sometimes")
        .run(context -> assertFailure(context, "report-engine.pdf-mode"));
    runner
        .withPropertyValues("report-engine.webhook-secret=not-a-secret")
        .run(context -> assertFailure(context, "report-engine.webhook-secret"));
    runner
        .withPropertyValues("report-engine.link-base-uri=ftp://example.com")
        .run(context -> assertFailure(context, "report-engine.link-base-uri"));
    runner
        .withPropertyValues("report-engine.media-directory=/no/such/directory")
        .run(context -> assertFailure(context, "report-engine.media-directory"));
  }

  static void assertFailure(AssertableApplicationContext context, String... expected) {
    assertThat(context).hasFailed();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    assertThat(messages.toString()).contains(expected);
  }

  static HikariDataSource pool(EmbeddedPostgres server, String schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema);
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private static List<String> tables(DataSource dataSource, String schema) throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      java.util.ArrayList<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
      return names;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostEngine {
    @Bean(destroyMethod = "close")
    ReportEngine hostEngine() {
      return ReportEngine.builder().mediaSource(MediaSources.inMemory(List.of())).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostStoreAndMedia {
    @Bean
    ReportStore hostStore() {
      return ReportStores.inMemory();
    }

    @Bean
    dev.reportengine.api.spi.MediaSource hostMedia() {
      return MediaSources.inMemory(List.of());
    }
  }
}
