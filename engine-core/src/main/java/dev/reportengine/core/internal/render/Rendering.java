package dev.reportengine.core.internal.render;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.RenderContext;
import dev.reportengine.api.spi.ReportRenderer;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.LinkPolicy;
import dev.reportengine.core.PdfMode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An engine's renderers under its {@link PdfMode}, and its links. In {@link PdfMode#EAGER} the job
 * renders every document ({@link #renderInJob}); in {@link PdfMode#LAZY} the first request renders
 * it from the stored report and its media and keeps it in the store, concurrent first requests
 * rendering once ({@link #artifact}). Thread-safe.
 */
public final class Rendering {

  /** The media type of PDF documents. */
  public static final String PDF = "application/pdf";

  private final Map<String, ReportRenderer> renderers;
  private final PdfMode mode;
  private final Optional<LinkPolicy> links;
  private final ReportStore store;
  private final MediaSource media;
  private final Map<Key, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

  /**
   * @param renderers by media type
   * @param mode {@link PdfMode#OFF} unless there is a renderer
   */
  public Rendering(
      Map<String, ReportRenderer> renderers,
      PdfMode mode,
      Optional<LinkPolicy> links,
      ReportStore store,
      MediaSource media) {
    this.renderers = Map.copyOf(renderers);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.links = Objects.requireNonNull(links, "links");
    this.store = Objects.requireNonNull(store, "store");
    this.media = Objects.requireNonNull(media, "media");
    if (mode != PdfMode.OFF && renderers.isEmpty()) {
      throw new IllegalStateException(
          "PDF mode " + mode + " needs a renderer; the engine has none");
    }
  }

  /** The mode. */
  public PdfMode mode() {
    return mode;
  }

  /** The renderers, by media type; empty when the mode is {@link PdfMode#OFF}. */
  public Map<String, ReportRenderer> active() {
    return mode == PdfMode.OFF ? Map.of() : renderers;
  }

  /**
   * The report with {@code reportUrl} and, unless the mode is {@link PdfMode#OFF} or there is no
   * PDF renderer, {@code pdfUrl} from the link policy; unchanged without a policy.
   *
   * @throws IllegalStateException naming the policy when it returns a relative URI
   */
  public Report withLinks(Report report) {
    if (links.isEmpty()) {
      return report;
    }
    LinkPolicy policy = links.get();
    URI reportUrl = absolute(policy, policy.reportUrl(report.id()), "reportUrl");
    Optional<URI> pdfUrl =
        active().containsKey(PDF)
            ? Optional.of(absolute(policy, policy.pdfUrl(report.id()), "pdfUrl"))
            : Optional.empty();
    return report.toBuilder().pdfUrl(pdfUrl).reportUrl(reportUrl).build();
  }

  private static URI absolute(LinkPolicy policy, URI uri, String what) {
    if (uri == null || !uri.isAbsolute()) {
      // A host configuration error, said in full: the job fails with internal and this message.
      throw new dev.reportengine.api.ReportEngineException(
          dev.reportengine.api.ErrorCode.INTERNAL,
          "link policy " + policy + " returned " + what + " [" + uri + "]; it must be absolute");
    }
    return uri;
  }

  /**
   * Renders every document in the job ({@link PdfMode#EAGER}); nothing in another mode.
   *
   * @throws ReportEngineException with code {@code render_failed} naming the renderer and why
   */
  public Map<String, byte[]> renderInJob(Report report, Media loaded) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (mode == PdfMode.EAGER) {
      for (ReportRenderer renderer : renderers.values()) {
        out.put(
            renderer.mediaType(), render(renderer, new RenderContext(report, Optional.of(loaded))));
      }
    }
    return out;
  }

  /**
   * The document of this media type for the report: from the store, or, in {@link PdfMode#LAZY},
   * rendered now from the stored report and its media (without the media when the source no longer
   * has it) and saved. Empty when the report is unknown, the mode is {@link PdfMode#OFF}, no
   * renderer has this media type, or an eager engine's store no longer has the document.
   *
   * @throws ReportEngineException with code {@code render_failed} when a lazy render fails
   */
  public Optional<byte[]> artifact(String reportId, String mediaType) {
    ReportRenderer renderer = active().get(mediaType);
    if (renderer == null) {
      return Optional.empty();
    }
    Optional<byte[]> stored = store.artifact(reportId, mediaType);
    if (stored.isPresent() || mode != PdfMode.LAZY) {
      return stored;
    }
    Key key = new Key(reportId, mediaType);
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = rendering.putIfAbsent(key, mine);
    if (running != null) {
      return Optional.ofNullable(join(running));
    }
    try {
      Optional<byte[]> bytes = store.artifact(reportId, mediaType);
      if (bytes.isEmpty()) {
        bytes = store.report(reportId).map(r -> render(renderer, context(r)));
        bytes.ifPresent(b -> store.saveArtifact(reportId, mediaType, b));
      }
      mine.complete(bytes.orElse(null));
      return bytes;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      rendering.remove(key, mine);
    }
  }

  private RenderContext context(Report report) {
    Optional<Media> loaded;
    try {
      loaded = report.media().mediaId().flatMap(id -> media.load(new MediaSource.MediaQuery(id)));
    } catch (RuntimeException e) {
      loaded = Optional.empty();
    }
    return new RenderContext(report, loaded);
  }

  private static byte[] join(CompletableFuture<byte[]> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static byte[] render(ReportRenderer renderer, RenderContext context) {
    byte[] bytes;
    try {
      bytes = renderer.render(context);
    } catch (RuntimeException e) {
      throw new ReportEngineException(
          ErrorCode.RENDER_FAILED,
          "renderer "
              + renderer.getClass().getName()
              + " ("
              + renderer.mediaType()
              + ") failed for report "
              + context.report().id()
              + ": "
              + e.getMessage(),
          e);
    }
    if (bytes == null) {
      throw new ReportEngineException(
          ErrorCode.RENDER_FAILED,
          "renderer "
              + renderer.getClass().getName()
              + " ("
              + renderer.mediaType()
              + ") returned null for report "
              + context.report().id());
    }
    return bytes;
  }

  /** A report's document of one media type. */
  private record Key(String reportId, String mediaType) {}
}
