/**
 * Documents rendered from finished reports (PDF): the renderers an engine has, its {@link
 * dev.reportengine.core.PdfMode}, the links a host's policy gives reports, lazy rendering with its
 * store cache, and the renderers' warm-up on the engine's own thread.
 */
package dev.reportengine.core.internal.render;
