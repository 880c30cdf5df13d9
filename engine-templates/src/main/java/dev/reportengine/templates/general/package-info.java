/**
 * The {@code general_report} template: who spoke how much, what the target talked about, the
 * questions they asked and their most telling sentences.
 */
package dev.reportengine.templates.general;
