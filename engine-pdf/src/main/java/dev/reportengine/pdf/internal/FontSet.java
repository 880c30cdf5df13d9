package dev.reportengine.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts (Sans regular and bold, Sans Mono; taken from the build's copy of {@code
 * jasperreports-fonts}) and the host's fonts, read once and registered on every render, subset.
 *
 * <p>Parsing a TrueType file is a measurable part of a render (7 to 8 % of its CPU samples for the
 * three DejaVu faces, see {@code benchmarks/README.md}), so the faces are parsed once and the
 * parsed fonts ({@link TrueTypeFont}) are reused by later renders. PDFBox does not make one parsed
 * font safe for concurrent readers (its tables and glyphs are read from one shared stream position
 * under two different locks), so a render borrows a whole set of parsed faces for itself ({@link
 * #lease}) and gives it back when its document is saved; concurrent renders parse further sets, at
 * most {@link #MAX_IDLE} of which are kept. A face PDFBox cannot parse, or not embed as a subset,
 * is registered as before, as bytes openhtmltopdf parses on every render (and skips with a warning
 * when it cannot load them).
 */
public final class FontSet {

  /** The family of the bundled proportional font. */
  public static final String SANS = "DejaVu Sans";

  /** The family of the bundled monospaced font. */
  public static final String MONO = "DejaVu Sans Mono";

  /** Idle sets of parsed faces kept for later renders; more are parsed when renders overlap. */
  static final int MAX_IDLE = 4;

  private static final String DIR = "fonts/";

  private final List<FontFace> faces;
  private final Queue<Parsed> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final AtomicInteger parsedSets = new AtomicInteger();

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

  /** How many sets of parsed faces were made so far (for tests). */
  int parsedSets() {
    return parsedSets.get();
  }

  /**
   * Registers every face on {@code builder}, to be subset into {@code document} (which the builder
   * must render into), and returns the parsed faces this render holds until it {@linkplain
   * Lease#release() releases} the lease, after the document is saved.
   */
  Lease lease(PdfRendererBuilder builder, PDDocument document) {
    Parsed parsed = idle.poll();
    if (parsed != null) {
      idleCount.decrementAndGet();
    } else {
      parsed = parse();
    }
    for (int i = 0; i < faces.size(); i++) {
      FontFace face = faces.get(i);
      TrueTypeFont font = parsed.fonts().get(i);
      if (font != null) {
        builder.useFont(
            new SharedFont(document, font), face.family(), face.weight(), FontStyle.NORMAL, true);
      } else {
        byte[] bytes = face.bytes();
        builder.useFont(
            () -> new ByteArrayInputStream(bytes),
            face.family(),
            face.weight(),
            FontStyle.NORMAL,
            true);
      }
    }
    return new Lease(parsed);
  }

  /** One set of parsed faces, in the order of {@link #faces}; null where a face is not parsed. */
  private record Parsed(List<TrueTypeFont> fonts) {}

  private Parsed parse() {
    List<TrueTypeFont> fonts = new ArrayList<>();
    for (FontFace face : faces) {
      fonts.add(parsed(face.bytes()));
    }
    parsedSets.incrementAndGet();
    return new Parsed(Collections.unmodifiableList(fonts));
  }

  /**
   * The face parsed as PDFBox parses it in {@code PDType0Font.load(document, stream, true)}, with
   * every table read now (so that later renders only read what is already in memory); null when it
   * cannot be parsed or embedded as a subset, so that it is handled exactly as before.
   */
  private static TrueTypeFont parsed(byte[] bytes) {
    TrueTypeFont font = null;
    try {
      font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.getNaming();
      font.getPostScript();
      font.getOS2Windows();
      font.getMaximumProfile();
      font.getHeader();
      font.getHorizontalHeader();
      font.getHorizontalMetrics();
      font.getIndexToLocation();
      font.getGlyph();
      font.getCmap();
      font.getVerticalHeader();
      font.getVerticalMetrics();
      font.getVerticalOrigin();
      font.getKerning();
      font.getGsub();
      font.getUnicodeCmapLookup();
      try (PDDocument scratch = new PDDocument()) {
        PDType0Font.load(scratch, font, true);
      }
      return font;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A render's hold on one set of parsed faces; releasing it offers them to later renders. */
  final class Lease {
    private Parsed parsed;

    private Lease(Parsed parsed) {
      this.parsed = parsed;
    }

    /** Gives the faces back; they must no longer be used by this render. Idempotent. */
    void release() {
      if (parsed == null) {
        return;
      }
      if (idleCount.incrementAndGet() <= MAX_IDLE) {
        idle.offer(parsed);
      } else {
        idleCount.decrementAndGet();
      }
      parsed = null;
    }
  }

  /** A parsed face loaded into one document as a subset font when openhtmltopdf first needs it. */
  private static final class SharedFont extends PDFontSupplier {
    private final PDDocument document;
    private final TrueTypeFont font;

    SharedFont(PDDocument document, TrueTypeFont font) {
      super(null);
      this.document = document;
      this.font = font;
    }

    @Override
    public PDFont supply() {
      try {
        return PDType0Font.load(document, font, true);
      } catch (IOException e) {
        // Loaded into a scratch document when it was parsed; not expected to fail now.
        throw new UncheckedIOException(e);
      }
    }
  }
}
