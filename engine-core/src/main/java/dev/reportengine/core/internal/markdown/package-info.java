/**
 * The Markdown renderer's implementation: plain-text escaping, the view model, the Mustache layout
 * and a small JSON pretty-printer. Not exported; use {@link
 * dev.reportengine.core.MarkdownRenderer}.
 */
package dev.reportengine.core.internal.markdown;
