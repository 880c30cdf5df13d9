/**
 * The module {@code integration-tests}: tests that need several modules at once, so that no library
 * module carries test dependencies on its siblings. {@code ArchitectureTest} checks the layering
 * rules of every module's classes, {@code EngineWithPdfTest} runs the engine with the real PDF
 * renderer found on the class path, {@code DocumentationLinksTest} checks the links of the README
 * and {@code docs/}, and {@code ReadmeTest} that the README stays short, prints the commands CI
 * runs and names every module. The module is never installed or published.
 */
package dev.reportengine.integration;
