/**
 * The {@code hiring_report} template: the candidate's answers rated on competency anchors with
 * quotes, STAR completeness, answer lengths, specificity, hedging, I and we, the candidate's own
 * questions, practical details and interviewer statistics, with no hire or no-hire verdict.
 */
package dev.reportengine.templates.hiring;
