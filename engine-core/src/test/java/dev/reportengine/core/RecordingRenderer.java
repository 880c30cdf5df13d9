package dev.reportengine.core;

import dev.reportengine.api.spi.RenderContext;
import dev.reportengine.api.spi.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link ReportRenderer} for tests: answers what its function makes of each context (or throws
 * what it throws) and records every context it was given and the thread each warm-up ran on.
 */
final class RecordingRenderer implements ReportRenderer {

  final List<RenderContext> renders = new CopyOnWriteArrayList<>();
  final List<String> warmUps = new CopyOnWriteArrayList<>();
  private final String mediaType;
  private final Function<RenderContext, byte[]> answer;
  private final Runnable warmUp;

  RecordingRenderer(String mediaType, Function<RenderContext, byte[]> answer, Runnable warmUp) {
    this.mediaType = mediaType;
    this.answer = answer;
    this.warmUp = warmUp;
  }

  /** A PDF renderer answering {@code %PDF-test <report id>}. */
  static RecordingRenderer pdf() {
    return new RecordingRenderer(
        "application/pdf",
        c -> ("%PDF-test " + c.report().id()).getBytes(StandardCharsets.US_ASCII),
        () -> {});
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public byte[] render(RenderContext context) {
    renders.add(context);
    return answer.apply(context);
  }

  @Override
  public void warmUp() {
    warmUps.add(Thread.currentThread().getName());
    warmUp.run();
  }
}
