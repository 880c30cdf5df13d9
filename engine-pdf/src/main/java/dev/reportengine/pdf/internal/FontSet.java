package dev.reportengine.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled DejaVu fonts (Sans regular and bold, Sans Mono; taken from the build's copy of {@code
 * jasperreports-fonts}) and the host's fonts, read once and registered on every render, subset.
 */
public final class FontSet {

  /** The family of the bundled proportional font. */
  public static final String SANS = "DejaVu Sans";

  /** The family of the bundled monospaced font. */
  public static final String MONO = "DejaVu Sans Mono";

  private static final String DIR = "fonts/";

  private final List<FontFace> faces;

  private FontSet(List<FontFace> faces) {
    this.faces = List.copyOf(faces);
  }

  /** The bundled fonts followed by {@code extra}. */
  public static FontSet withBundled(List<FontFace> extra) {
    List<FontFace> faces = new ArrayList<>();
    faces.add(new FontFace(SANS, 400, HtmlLayout.Resources.bytes(DIR + "DejaVuSans.ttf")));
    faces.add(new FontFace(SANS, 700, HtmlLayout.Resources.bytes(DIR + "DejaVuSans-Bold.ttf")));
    faces.add(new FontFace(MONO, 400, HtmlLayout.Resources.bytes(DIR + "DejaVuSansMono.ttf")));
    faces.addAll(extra);
    return new FontSet(faces);
  }

  /** The CSS {@code font-family} list: DejaVu Sans first, then the host's families. */
  public String cssFamilies() {
    Set<String> families = new LinkedHashSet<>();
    families.add(SANS);
    faces.stream().map(FontFace::family).filter(f -> !f.equals(MONO)).forEach(families::add);
    return families.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
  }

  /** Registers every face on {@code builder}, to be subset. */
  void register(PdfRendererBuilder builder) {
    for (FontFace face : faces) {
      byte[] bytes = face.bytes();
      builder.useFont(
          () -> new ByteArrayInputStream(bytes),
          face.family(),
          face.weight(),
          FontStyle.NORMAL,
          true);
    }
  }
}
