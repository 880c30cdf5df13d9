/**
 * Media sources and transcript importers behind {@link dev.reportengine.core.MediaSources}: the
 * in-memory and directory sources, format detection, the engine's own JSON format and WebVTT. Not
 * exported; other modules reach these only through {@code MediaSources}.
 */
package dev.reportengine.core.internal.media;
