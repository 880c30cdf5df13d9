package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.core.MediaSources;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcript text that tries to make openhtmltopdf load something (an image, a style sheet, a CSS
 * {@code url()}, an {@code @import}, a font, a {@code file:} URL) from a loopback HTTP server and a
 * local file never reaches either: the server counts zero requests and the file's marker is nowhere
 * in the PDF.
 */
class PdfSafetyTest {

  private static final String MARKER = "SECRET-MARKER-7f3a9c";

  @TempDir Path temp;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;
  private String fileUrl;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = ("body { color: red } " + MARKER).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, MARKER);
    fileUrl = secret.toUri().toString();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private List<String> payloads() {
    return List.of(
        "<img src=\"" + base + "/img.png\" alt=\"x\"/>",
        "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"/>",
        "<style>@import url("
            + base
            + "/import.css); body { background: url('"
            + base
            + "/bg.png') }</style>",
        "<div style=\"background-image: url(" + base + "/inline.png)\">x</div>",
        "<style>@font-face { font-family: X; src: url(" + base + "/font.ttf) }</style>",
        "<img src=\"" + fileUrl + "\"/>",
        "<iframe src=\"" + fileUrl + "\"></iframe><object data=\"" + fileUrl + "\"></object>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"" + base + "/svg.png\"/></svg>",
        "]]><img src=\"" + base + "/cdata.png\"/>",
        "file:///etc/passwd &amp; &#x3c;b&#x3e;");
  }

  @Test
  void fetchesNothingWhenTheTranscriptHoldsMarkupThatPointsAtTheNetworkOrTheDisk()
      throws Exception {
    List<String> payloads = payloads();
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String who = i % 2 == 0 ? "eve" : "bob";
      utterances.add(
          Utterance.of(who, i * 10, i * 10 + 8, "Could you open " + payloads.get(i) + "?"));
    }
    Media media =
        new Media(
            "hostile",
            120,
            Optional.empty(),
            Optional.of("en"),
            List.of(
                Entity.of("eve", "Eve <img src=\"" + base + "/name.png\"/>"),
                Entity.of("bob", "Bob")),
            utterances,
            List.of());
    Report built =
        Samples.report(
            MediaSources.inMemory(List.of(media)), "hostile", TargetSpec.entityId("eve"));
    List<Section> sections = new ArrayList<>(built.sections().orElseThrow());
    List<Block> blocks = new ArrayList<>();
    for (String p : payloads) {
      blocks.add(new Block.Card(p, p, p));
      blocks.add(Block.Text.of(p, p));
    }
    sections.add(new Section(payloads.get(0), new SectionContent.Blocks(blocks)));
    Report report = Reports.withSummary(Reports.withSections(built, sections), payloads.get(2));

    PdfRenderer renderer = PdfRenderer.create();
    byte[] pdf = renderer.render(PdfInput.of(report, media));

    assertThat(requests).hasValue(0);
    assertThat(PdfDocs.text(pdf)).doesNotContain(MARKER).contains("<img src=\"" + base);
    assertThat(PdfDocs.decodedStreams(pdf)).doesNotContain(MARKER);
    assertThat(renderer.renderWithDetails(PdfInput.of(report, media)).deniedUris()).isEmpty();
  }

  @Test
  void refusesEveryUriWhenTheHostsOwnLayoutAndCssPointAtTheNetworkOrTheDisk() throws Exception {
    String css =
        "@import url("
            + base
            + "/host-import.css);\n"
            + "@font-face { font-family: Evil; src: url("
            + base
            + "/host-font.ttf); }\n"
            + "body { background-image: url("
            + base
            + "/host-bg.png); }\n"
            + ".cover { background-image: url("
            + fileUrl
            + "); }";
    String layout =
        "<html lang=\"en\"><head><title>{{title}}</title>"
            + "<meta name=\"description\" content=\"{{description}}\"/>"
            + "<link rel=\"stylesheet\" href=\""
            + base
            + "/layout.css\"/>"
            + "<style>{{{css}}}</style></head><body><div class=\"cover\"><h1>{{title}}</h1></div>"
            + "<img src=\""
            + base
            + "/layout.png\" alt=\"remote\"/>"
            + "<img src=\""
            + fileUrl
            + "\" alt=\"local\"/></body></html>";
    PdfRenderer renderer = PdfRenderer.builder().css(css).layout(layout).build();
    PdfInput input = Samples.input(Samples.EXAMPLES.get(0));

    var result = renderer.renderWithDetails(input);

    assertThat(requests).hasValue(0);
    assertThat(result.deniedUris()).isNotEmpty();
    assertThat(String.join("\n", result.deniedUris())).contains(base);
    assertThat(PdfDocs.decodedStreams(result.pdf())).doesNotContain(MARKER);
    assertThat(PdfDocs.text(result.pdf())).contains(input.report().label().orElseThrow());
  }
}
