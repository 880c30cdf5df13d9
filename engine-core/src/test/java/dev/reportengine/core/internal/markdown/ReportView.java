package dev.reportengine.core.internal.markdown;

import java.util.List;

/**
 * What the Mustache layout renders: every string is already Markdown source (escaped text or a
 * pretty-printed JSON block). Optional parts are lists of zero or one element, so the layout can
 * test them with a section tag.
 *
 * @param title the H1 text
 * @param metadata the metadata list items
 * @param summary the summary paragraph, if any
 * @param sections the sections, in order
 */
public record ReportView(
    String title, List<String> metadata, List<String> summary, List<SectionView> sections) {

  /**
   * One section.
   *
   * @param heading the H2 text, unique in the document
   * @param chunks the blocks of Markdown under it, in order
   */
  public record SectionView(String heading, List<ChunkView> chunks) {}

  /**
   * One block of Markdown: exactly one of its lists is non-empty.
   *
   * @param paragraph a paragraph, if this is one
   * @param items the list items, if this is a bullet list
   * @param json the pretty-printed JSON, if this is a JSON code block
   */
  public record ChunkView(List<String> paragraph, List<String> items, List<String> json) {

    static ChunkView ofParagraph(String text) {
      return new ChunkView(List.of(text), List.of(), List.of());
    }

    static ChunkView ofList(List<String> items) {
      return new ChunkView(List.of(), List.copyOf(items), List.of());
    }

    static ChunkView ofJson(String json) {
      return new ChunkView(List.of(), List.of(), List.of(json));
    }
  }
}
