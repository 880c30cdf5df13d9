/**
 * Transcript files to {@link dev.reportengine.api.media.Media}: the {@link
 * dev.reportengine.media.TranscriptFormat} SPI, the built-in formats (report-engine JSON, WebVTT,
 * SRT, Deepgram, AssemblyAI, AWS Transcribe, Rev, Whisper, QMSum, speaker text, Markdown),
 * detection by content and a directory {@link dev.reportengine.api.spi.MediaSource}. Depends on
 * engine-api, engine-text and Jackson only; tools read transcripts with it without building an
 * engine.
 */
module dev.reportengine.media {
  requires transitive dev.reportengine.api;
  requires transitive tools.jackson.databind;
  requires dev.reportengine.text;

  exports dev.reportengine.media;

  uses dev.reportengine.media.TranscriptFormat;
}
