package dev.reportengine.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module layering rules of DESIGN.md, checked on the compiled classes of every module (this
 * module sees them all, the benchmarks' included, on its test class path).
 */
class ArchitectureTest {

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.reportengine");

  @Test
  void seesEveryModule() {
    assertThat(ALL.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("dev.reportengine.api"))
        .anyMatch(p -> p.startsWith("dev.reportengine.text"))
        .anyMatch(p -> p.startsWith("dev.reportengine.core"))
        .anyMatch(p -> p.startsWith("dev.reportengine.templates"))
        .anyMatch(p -> p.startsWith("dev.reportengine.pdf"))
        .anyMatch(p -> p.startsWith("dev.reportengine.cli"))
        .anyMatch(p -> p.startsWith("dev.reportengine.testkit"))
        .anyMatch(p -> p.startsWith("dev.reportengine.micrometer"))
        .anyMatch(p -> p.startsWith("dev.reportengine.postgres"))
        .anyMatch(p -> p.startsWith("dev.reportengine.benchmarks"));
  }

  @Test
  void engineApiUsesOnlyTheJdkAndNullnessAnnotations() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.reportengine.api..", "org.jspecify.annotations..")
        .check(ALL);
  }

  /** The text toolkit knows words, not reports: core, templates and importers all depend on it. */
  @Test
  void textToolkitUsesOnlyTheJdkAndNullnessAnnotations() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.text..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.reportengine.text..", "org.jspecify.annotations..")
        .check(ALL);
  }

  @Test
  void micrometerMetricsUseOnlyTheApiAndMicrometer() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.micrometer..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "dev.reportengine.api..", "dev.reportengine.micrometer..", "io.micrometer..")
        .check(ALL);
  }

  @Test
  void templatesUseOnlyTheApiAndTheirOwnDependencies() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.templates..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.reportengine.api..",
            "dev.reportengine.text..",
            "dev.reportengine.templates..",
            "com.github.mustachejava..")
        .check(ALL);
  }

  @Test
  void pdfRendererUsesOnlyTheApiAndItsOwnDependencies() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.pdf..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.xml..",
            "org.w3c.dom..",
            "org.xml.sax..",
            "dev.reportengine.api..",
            "dev.reportengine.pdf..",
            "com.github.mustachejava..",
            "com.openhtmltopdf..",
            "org.apache.pdfbox..",
            // FontBox (PDFBox's font library, a declared dependency of engine-pdf): the fonts are
            // parsed once and lent to renders (FontSet).
            "org.apache.fontbox..",
            "org.apache.xmpbox..")
        .check(ALL);
  }

  @Test
  void engineCoreAndTemplatesDoNotUseThePdfRenderer() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.reportengine.core..", "dev.reportengine.templates..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.reportengine.pdf..")
        .check(ALL);
  }

  @Test
  void pdfInternalsStayInsideThePdfModule() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.pdf.internal..")
        .should()
        .onlyBeAccessed()
        .byAnyPackage("dev.reportengine.pdf..")
        .check(ALL);
  }

  @Test
  void nothingUsesTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.reportengine.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.reportengine.cli..")
        .check(ALL);
  }

  @Test
  void internalPackagesStayInsideTheirModule() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.core.internal..")
        .should()
        .onlyBeAccessed()
        .byAnyPackage("dev.reportengine.core..")
        .check(ALL);
  }

  /** The testkit is what a store author sees: the public API only, so it cannot drift from it. */
  @Test
  void testkitUsesOnlyThePublicApi() {
    classes()
        .that()
        .resideInAPackage("dev.reportengine.testkit..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.reportengine.api..",
            "dev.reportengine.core",
            "dev.reportengine.testkit..",
            "org.junit.jupiter.api..",
            "org.assertj.core..")
        .check(ALL);
  }

  @Test
  void nothingButTestsUsesTheTestkit() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.reportengine.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.reportengine.testkit..")
        .check(ALL);
  }
}
