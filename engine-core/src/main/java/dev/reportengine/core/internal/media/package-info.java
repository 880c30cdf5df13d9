/**
 * Media sources and transcript importers behind {@link dev.reportengine.core.MediaSources}: the
 * in-memory and directory sources, format detection by content, the engine's own JSON format and an
 * importer per transcript format (WebVTT, SRT, Deepgram, AssemblyAI, AWS, Rev, Whisper, ...). Not
 * exported; other modules reach these only through {@code MediaSources}.
 */
package dev.reportengine.core.internal.media;
