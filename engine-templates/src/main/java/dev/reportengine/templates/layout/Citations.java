package dev.reportengine.templates.layout;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.SectionContent;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Excerpt;
import java.util.ArrayList;
import java.util.List;

/**
 * Text blocks that cite the transcript. Every cited block has the title {@code mm:ss · Speaker}
 * (optionally followed by {@code · note}) and, as content, the quoted words exactly as they appear
 * in the utterance that starts at that time, cut after {@value Excerpt#MAX_QUOTE_CHARS} characters
 * with an ellipsis ({@link Excerpt#quoted()}).
 */
public final class Citations {

  private Citations() {}

  /** A block quoting {@code e}. */
  public static Text quote(ConversationAnalysis a, Excerpt e) {
    return Text.of(
        Durations.timestamp(e.startSeconds()) + " · " + a.name(e.entityId()), e.quoted());
  }

  /** A block quoting {@code e} with a note after the speaker. */
  public static Text quote(ConversationAnalysis a, Excerpt e, String note) {
    return Text.of(
        Durations.timestamp(e.startSeconds()) + " · " + a.name(e.entityId()) + " · " + note,
        e.quoted());
  }

  /** Quote blocks, or one text block saying {@code none}. */
  public static SectionContent list(List<Text> quotes, String none) {
    if (quotes.isEmpty()) {
      return Text.of(none);
    }
    return new SectionContent.Blocks(new ArrayList<Block>(quotes));
  }

  /** {@code intro} followed by quote blocks, or {@code intro} and {@code none}. */
  public static SectionContent withIntro(Text intro, List<Text> quotes, String none) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(intro);
    if (quotes.isEmpty()) {
      blocks.add(Text.of(none));
    } else {
      blocks.addAll(quotes);
    }
    return new SectionContent.Blocks(blocks);
  }
}
