/**
 * The {@code report-engine} command line (module {@code engine-cli}): {@code generate} a report
 * from a transcript or a full v1 request, {@code demo} over the bundled examples, {@code batch} a
 * directory of transcripts into a file store and {@code resume} it, look at a store's {@code jobs},
 * and {@code inspect} what the engine reads from a transcript. It runs the engine with the built-in
 * templates and the PDF renderer; see {@code docs/cli.md}. Nothing else may depend on this package.
 */
package dev.reportengine.cli;
