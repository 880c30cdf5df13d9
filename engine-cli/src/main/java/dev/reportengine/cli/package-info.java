/**
 * The {@code report-engine} command line: generate a report from a transcript or a full v1 request,
 * and a demo over the bundled examples. Nothing else may depend on this package.
 */
package dev.reportengine.cli;
