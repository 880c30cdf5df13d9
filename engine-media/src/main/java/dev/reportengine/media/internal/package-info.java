/**
 * The built-in transcript formats behind {@link dev.reportengine.media.TranscriptFormats}: the
 * engine's own JSON format (reading and writing), an importer per transcript format (WebVTT, SRT,
 * Deepgram, AssemblyAI, AWS, Rev, Whisper, QMSum, speaker text, Markdown), file decoding and the
 * directory file locator. Not exported; other modules reach these only through the SPI package.
 */
package dev.reportengine.media.internal;
