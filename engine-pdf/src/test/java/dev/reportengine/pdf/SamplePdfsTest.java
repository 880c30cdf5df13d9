package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dev entry point: writes the examples' reports as PDF (A4 and Letter) and their HTML to {@code
 * engine-pdf/target/pdf-samples} for looking at, e.g. with {@code pdftoppm -png -r 60}. Run alone
 * with {@code ./mvnw -q -B -pl engine-pdf -am test -Dtest=SamplePdfsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SamplePdfsTest {

  @Test
  void writesTheExamplesAsPdf() throws Exception {
    Path out = Path.of("target", "pdf-samples");
    Files.createDirectories(out);
    PdfRenderer a4 = PdfRenderer.create();
    PdfRenderer letter = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
    for (Samples.Example example : Samples.EXAMPLES) {
      PdfInput input = Samples.input(example);
      String name = example.mediaId().replace(".vtt", "");
      Files.write(out.resolve(name + ".pdf"), a4.render(input));
      Files.write(out.resolve(name + "-letter.pdf"), letter.render(input));
      Files.writeString(out.resolve(name + ".html"), a4.html(input));
      assertThat(out.resolve(name + ".pdf")).isNotEmptyFile();
    }
    Files.write(out.resolve("every-block.pdf"), a4.render(EveryBlock.input()));
  }
}
