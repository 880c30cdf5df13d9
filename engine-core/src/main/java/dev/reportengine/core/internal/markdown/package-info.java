/**
 * The Markdown renderer's implementation: plain-text escaping, unique headings and the document
 * writer. Not exported; use {@link dev.reportengine.core.MarkdownRenderer}.
 */
package dev.reportengine.core.internal.markdown;
