/**
 * engine-media: reading transcript files into {@link dev.reportengine.api.media.Media}. It owns the
 * {@link dev.reportengine.media.TranscriptFormat} SPI through which a host plugs in its own
 * speech-to-text vendor (found with {@link java.util.ServiceLoader}), {@link
 * dev.reportengine.media.TranscriptFormats}, which lists the built-in and discovered formats,
 * detects a file's format by content and reads it with messages naming the file and the line or
 * JSON path, {@link dev.reportengine.media.TranscriptText}, a decoded file as a format sees it, and
 * {@link dev.reportengine.media.TranscriptDirectory}, the directory media source the engine uses.
 * The built-in importers live in the unexported {@code dev.reportengine.media.internal}. See {@code
 * docs/media-format.md}.
 */
package dev.reportengine.media;
