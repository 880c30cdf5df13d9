package dev.reportengine.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.pdf.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FontSetTest {

  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private static final String HTML = PdfRenderer.create().html(WarmUpSample.input());

  /**
   * The file as Latin-1 text without its trailer's {@code /ID}, which PDFBox makes from the time of
   * saving: everything else, the subset fonts included, is the same for the same HTML and date.
   */
  private static String withoutId(byte[] pdf) {
    return ID.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).replaceAll("/ID []");
  }

  private static final Pattern ID = Pattern.compile("/ID \\[<[0-9A-F]+> ?<[0-9A-F]+>\\]");

  @Test
  void rendersInARowParseTheFontsOnceAndWriteTheSameDocument() {
    FontSet fonts = FontSet.withBundled(List.of());
    PdfWriter writer = new PdfWriter(fonts, 50);
    byte[] first = writer.write(HTML, CREATED, "sample").pdf();
    byte[] second = writer.write(HTML, CREATED, "sample").pdf();
    byte[] third = writer.write(HTML, CREATED, "sample").pdf();

    assertThat(fonts.parsedSets()).isEqualTo(1);
    assertThat(withoutId(second)).isEqualTo(withoutId(first));
    assertThat(withoutId(third)).isEqualTo(withoutId(first));
  }

  @Test
  void concurrentRendersEachGetTheirOwnParsedFontsAndTheSameDocument() throws Exception {
    byte[] alone =
        new PdfWriter(FontSet.withBundled(List.of()), 50).write(HTML, CREATED, "s").pdf();
    FontSet fonts = FontSet.withBundled(List.of());
    PdfWriter writer = new PdfWriter(fonts, 50);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<byte[]>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<byte[]> pdfs = new ArrayList<>();
                  for (int i = 0; i < 3; i++) {
                    pdfs.add(writer.write(HTML, CREATED, "s").pdf());
                  }
                  return pdfs;
                }));
      }
      start.countDown();
      for (Future<List<byte[]>> result : results) {
        for (byte[] pdf : result.get()) {
          assertThat(withoutId(pdf)).isEqualTo(withoutId(alone));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fonts.parsedSets()).isBetween(1, threads);
  }
}
