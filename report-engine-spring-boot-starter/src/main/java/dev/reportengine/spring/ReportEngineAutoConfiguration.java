package dev.reportengine.spring;

import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.LinkPolicy;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.ReportStores;
import dev.reportengine.postgres.PostgresMigrations;
import dev.reportengine.postgres.PostgresReportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link ReportEngine} from the {@code report-engine.*} properties ({@link
 * ReportEngineProperties}), with its {@link ReportStore} and {@link MediaSource}; each bean backs
 * off when the application defines its own. With {@code report-engine.web.enabled=true} in a
 * servlet application, the v1 routes ({@link ReportEngineController}). Every {@link EngineObserver}
 * bean (such as the {@code ReportEngineMetrics} of {@link ReportEngineMetricsAutoConfiguration})
 * observes the engine.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"
    })
@ConditionalOnClass(ReportEngine.class)
@EnableConfigurationProperties(ReportEngineProperties.class)
public class ReportEngineAutoConfiguration {

  static final String PREFIX = "report-engine.";

  /** {@code report-engine.media-directory} as a directory media source. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "report-engine", name = "media-directory")
  public MediaSource reportEngineMediaSource(ReportEngineProperties properties) {
    Path dir = properties.getMediaDirectory();
    if (!Files.isDirectory(dir)) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + "media-directory", dir, "not a directory");
    }
    return MediaSources.directory(dir);
  }

  /** The memory or directory store; for postgres see {@link PostgresStoreConfiguration}. */
  @Bean
  @ConditionalOnMissingBean
  public ReportStore reportEngineStore(ReportEngineProperties properties) {
    return switch (properties.getStore()) {
      case MEMORY -> ReportStores.inMemory();
      case DIRECTORY -> {
        Path dir = properties.getStoreDirectory();
        if (dir == null) {
          throw new InvalidConfigurationPropertyValueException(
              PREFIX + "store-directory", null, "required when report-engine.store=directory");
        }
        yield ReportStores.directory(dir);
      }
      case POSTGRES ->
          throw new InvalidConfigurationPropertyValueException(
              PREFIX + "store",
              "postgres",
              "needs dev.reportengine:engine-postgres on the class path and one DataSource bean ("
                  + (isPresent("dev.reportengine.postgres.PostgresReportStore")
                      ? "engine-postgres is there; no single DataSource bean was found"
                      : "engine-postgres is not on the class path")
                  + "), or a ReportStore bean of the application's own");
    };
  }

  /**
   * The {@code report-engine.postgres.lease}, {@code heartbeat}, {@code poll-interval} and {@code
   * max-lease-expiries} as the engine's {@link ClaimSettings} (each unset one from {@link
   * ClaimSettings#DEFAULTS}); used by engines whose store is a claim queue (store=postgres),
   * ignored with the others.
   */
  @Bean
  @ConditionalOnMissingBean
  public ClaimSettings reportEngineClaimSettings(ReportEngineProperties properties) {
    ReportEngineProperties.Postgres postgres = properties.getPostgres();
    ClaimSettings defaults = ClaimSettings.DEFAULTS;
    Duration lease = postgres.getLease() != null ? postgres.getLease() : defaults.lease();
    Duration heartbeat =
        postgres.getHeartbeat() != null ? postgres.getHeartbeat() : defaults.heartbeat();
    if (heartbeat.compareTo(lease) >= 0) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + "postgres.heartbeat",
          heartbeat,
          "must be shorter than report-engine.postgres.lease (" + lease + ")");
    }
    return new ClaimSettings(
        lease,
        heartbeat,
        postgres.getPollInterval() != null ? postgres.getPollInterval() : defaults.pollInterval(),
        postgres.getMaxLeaseExpiries() != null
            ? postgres.getMaxLeaseExpiries()
            : defaults.maxLeaseExpiries());
  }

  /** The engine; closed with the configured shutdown grace when the context closes. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ReportEngine reportEngine(
      ReportEngineProperties properties,
      ReportStore store,
      ClaimSettings claimSettings,
      ObjectProvider<MediaSource> mediaSource,
      ObjectProvider<EngineObserver> observers) {
    MediaSource media =
        mediaSource.getIfAvailable(
            () -> {
              throw new InvalidConfigurationPropertyValueException(
                  PREFIX + "media-directory",
                  null,
                  "required unless the application defines a MediaSource bean");
            });
    ReportEngineBuilder builder = ReportEngine.builder().store(store).mediaSource(media);
    builder.limits(limits(properties));
    builder.claimSettings(claimSettings);
    builder.resumeJobs(properties.isResumeJobs());
    List<EngineObserver> all = observers.orderedStream().toList();
    if (!all.isEmpty()) {
      builder.observer(CompositeEngineObserver.of(all));
    }
    if (properties.getParallelism() != null) {
      builder.parallelism(properties.getParallelism());
    }
    if (properties.getPdfMode() != null) {
      builder.pdfMode(properties.getPdfMode());
    }
    if (properties.getLinkBaseUri() != null) {
      try {
        builder.links(LinkPolicy.baseUri(properties.getLinkBaseUri()));
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigurationPropertyValueException(
            PREFIX + "link-base-uri", properties.getLinkBaseUri(), e.getMessage());
      }
    }
    if (properties.getWebhookSecret() != null) {
      try {
        builder.webhookSecret(properties.getWebhookSecret());
      } catch (IllegalArgumentException e) {
        // The builder's message never quotes the secret; neither does this one.
        throw new InvalidConfigurationPropertyValueException(
            PREFIX + "webhook-secret", "(hidden)", e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      if (properties.getPdfMode() != null
          && e.getMessage() != null
          && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("renderer")) {
        throw new InvalidConfigurationPropertyValueException(
            PREFIX + "pdf-mode", properties.getPdfMode(), e.getMessage());
      }
      throw e;
    }
  }

  private static EngineLimits limits(ReportEngineProperties properties) {
    EngineLimits limits = EngineLimits.DEFAULTS;
    if (properties.getMaxQueuedJobs() != null) {
      limits = limits.withMaxQueuedJobs(properties.getMaxQueuedJobs());
    }
    if (properties.getMaxRequestBytes() != null) {
      limits = limits.withMaxRequestBytes(properties.getMaxRequestBytes());
    }
    if (properties.getJobTimeout() != null) {
      limits = limits.withJobTimeout(properties.getJobTimeout());
    }
    if (properties.getShutdownGrace() != null) {
      limits = limits.withShutdownGrace(properties.getShutdownGrace());
    }
    if (properties.getIdempotencyRetention() != null) {
      limits = limits.withIdempotencyRetention(properties.getIdempotencyRetention());
    }
    return limits;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, ReportEngineAutoConfiguration.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * {@code report-engine.store=postgres}: a {@link PostgresReportStore} on the application's
   * DataSource, migrated at startup unless {@code report-engine.postgres.migrate=false}, deleting
   * finished jobs after {@code report-engine.postgres.keep-finished} when it is set.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.reportengine.postgres.PostgresReportStore")
  @ConditionalOnProperty(prefix = "report-engine", name = "store", havingValue = "postgres")
  @ConditionalOnSingleCandidate(DataSource.class)
  static class PostgresStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReportStore reportEnginePostgresStore(
        DataSource dataSource, ReportEngineProperties properties) {
      if (properties.getPostgres().isMigrate()) {
        PostgresMigrations.apply(dataSource);
      }
      Duration keepFinished = properties.getPostgres().getKeepFinished();
      return keepFinished != null
          ? new PostgresReportStore(dataSource, keepFinished)
          : new PostgresReportStore(dataSource);
    }
  }

  /** The v1 routes, with {@code report-engine.web.enabled=true} in a servlet application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnBooleanProperty(name = "report-engine.web.enabled")
  static class WebConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReportEngineController reportEngineController(
        ReportEngine engine, ReportEngineProperties properties) {
      return new ReportEngineController(
          engine,
          properties.getMaxRequestBytes() != null
              ? properties.getMaxRequestBytes()
              : EngineLimits.DEFAULTS.maxRequestBytes());
    }
  }
}
