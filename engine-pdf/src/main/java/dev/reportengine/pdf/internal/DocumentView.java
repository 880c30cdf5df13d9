package dev.reportengine.pdf.internal;

import java.util.List;

/**
 * What the Mustache layout renders. Plain strings are report text, escaped by the layout's {@code
 * {{name}}} tags; fields named {@code *Svg}, {@code css} and {@code style} hold markup the library
 * generated itself and are written with triple braces. Optional parts are lists of zero or one
 * element so a layout can test them with a section tag.
 *
 * @param lang the document language, a BCP 47 tag
 * @param title the document title: the report's label, or {@code Report}
 * @param subject what the report is about, for the document metadata
 * @param description a one-line description for the metadata (the summary, shortened)
 * @param css the complete style sheet: the built-in one, the page size and the host's additions
 * @param kicker the template's name, shown above the title
 * @param facts short facts under the title (person, media, creation time)
 * @param summary the summary paragraph, if any
 * @param charts the talk-time chart and speaker timeline, when the media was given
 * @param sections the sections, in order
 * @param footer the running footer text
 */
public record DocumentView(
    String lang,
    String title,
    String subject,
    String description,
    String css,
    String kicker,
    List<String> facts,
    List<String> summary,
    List<ChartsView> charts,
    List<SectionView> sections,
    String footer) {

  /**
   * One section.
   *
   * @param title the heading
   * @param blocks its blocks, in order
   */
  public record SectionView(String title, List<BlockView> blocks) {}

  /** One block: exactly one list is non-empty. */
  public record BlockView(
      List<CardView> card,
      List<TextView> text,
      List<GridView> grid,
      List<IllustrationView> illustration,
      List<String> json,
      List<String> note) {

    static BlockView card(CardView c) {
      return new BlockView(List.of(c), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static BlockView text(TextView t) {
      return new BlockView(List.of(), List.of(t), List.of(), List.of(), List.of(), List.of());
    }

    static BlockView grid(GridView g) {
      return new BlockView(List.of(), List.of(), List.of(g), List.of(), List.of(), List.of());
    }

    static BlockView illustration(IllustrationView i) {
      return new BlockView(List.of(), List.of(), List.of(), List.of(i), List.of(), List.of());
    }

    static BlockView json(String json) {
      return new BlockView(List.of(), List.of(), List.of(), List.of(), List.of(json), List.of());
    }

    static BlockView note(String note) {
      return new BlockView(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(note));
    }
  }

  /**
   * A card.
   *
   * @param iconSvg the icon drawing
   * @param icon the icon name as the report gave it
   * @param title the card's title
   * @param content the card's figure or fact
   */
  public record CardView(String iconSvg, String icon, String title, String content) {}

  /**
   * A text block.
   *
   * @param title its title, if any
   * @param paragraphs its lines
   */
  public record TextView(List<String> title, List<String> paragraphs) {}

  /**
   * A grid of cards, in rows.
   *
   * @param columns 2, 3 or 4
   * @param rows the rows, each with at most {@code columns} cells
   */
  public record GridView(int columns, List<RowView> rows) {}

  /**
   * One row of a grid.
   *
   * @param cells the cards in it
   */
  public record RowView(List<CellView> cells) {}

  /**
   * One grid cell.
   *
   * @param card the card
   * @param style its CSS width and margin
   */
  public record CellView(CardView card, String style) {}

  /**
   * An illustration.
   *
   * @param variant the contract's variant name
   * @param svg the drawing
   */
  public record IllustrationView(String variant, String svg) {}

  /**
   * The charts drawn from the media.
   *
   * @param duration the media's length, for people
   * @param bars talk time per participant, most first
   * @param timeline the speaker timeline rows
   * @param ticks the time labels under the timeline
   * @param notes what was merged or left out to stay within limits
   */
  public record ChartsView(
      String duration,
      List<BarView> bars,
      List<TimelineRowView> timeline,
      List<TickView> ticks,
      List<String> notes) {}

  /**
   * One talk-time bar.
   *
   * @param name the participant
   * @param talk the talk time, for people
   * @param share the share of all speech, for people
   * @param style the bar's CSS width and colour
   */
  public record BarView(String name, String talk, String share, String style) {}

  /**
   * One timeline row.
   *
   * @param name the participant
   * @param swatch the CSS colour of the row's segments
   * @param segments the stretches of speech
   */
  public record TimelineRowView(String name, String swatch, List<SegmentView> segments) {}

  /**
   * A stretch of speech on the timeline.
   *
   * @param style its CSS position and width
   */
  public record SegmentView(String style) {}

  /**
   * A time label under the timeline.
   *
   * @param label the time
   * @param style its CSS position
   */
  public record TickView(String label, String style) {}
}
