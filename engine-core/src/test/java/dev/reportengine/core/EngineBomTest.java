package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.RepoFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code engine-bom} lists every module of the parent POM that is published (all but {@link
 * #NOT_PUBLISHED}), at the parent's group and version: adding a module to the parent POM without
 * adding it to the BOM fails here. A test rather than an enforcer rule, because no built-in rule
 * compares two POMs.
 */
class EngineBomTest {

  /** Modules of the parent POM that are not libraries for hosts, so not in the BOM. */
  static final Set<String> NOT_PUBLISHED = Set.of("benchmarks", "engine-bom", "integration-tests");

  private static final Path ROOT = RepoFiles.root();

  @Test
  void listsEveryPublishedModuleOfTheParentPomAtTheProjectVersion() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    for (Element module : children(child(parent, "modules"), "module")) {
      if (!NOT_PUBLISHED.contains(module.getTextContent().trim())) {
        Element pom = read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
        published.add(text(pom, "artifactId"));
      }
    }
    Element bom = read(ROOT.resolve("engine-bom/pom.xml"));
    List<Element> managed =
        children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency");

    assertThat(children(child(parent, "modules"), "module"))
        .as("the parent POM builds engine-bom")
        .extracting(m -> m.getTextContent().trim())
        .contains("engine-bom");
    assertThat(managed)
        .extracting(d -> text(d, "artifactId"))
        .containsExactlyInAnyOrderElementsOf(published);
    assertThat(managed)
        .allSatisfy(
            d -> {
              assertThat(text(d, "groupId")).isEqualTo(text(parent, "groupId"));
              assertThat(text(d, "version")).isEqualTo("${project.version}");
            });
    assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    assertThat(text(bom, "packaging")).isEqualTo("pom");
  }

  private static Element read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  /** The direct child elements of {@code parent} named {@code name}. */
  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().trim();
  }
}
