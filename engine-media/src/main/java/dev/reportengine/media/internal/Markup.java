package dev.reportengine.media.internal;

import java.util.regex.Pattern;

/**
 * Removes what transcripts write besides speech: corpus markup in braces ({@code {disfmarker}},
 * {@code {vocalsound}}), bracketed sound events ({@code [laughter]}, {@code [laughs]}, {@code
 * [inaudible 00:04:55]}, {@code (applause)}), HTML-like tags ({@code <c>}, {@code <i>}, {@code
 * <font color=...>}) and subtitle override codes ({@code {\an8}}); then collapses whitespace.
 * Bracketed text that is not a known sound event, such as {@code [ANIMATION]} or {@code [insert
 * answer here]}, is kept: it may be what was said.
 */
final class Markup {

  private static final String EVENTS =
      "laugh\\w*|chuckl\\w*|giggl\\w*|applause|music|noise|background noise|inaudible"
          + "|unintelligible|indiscernible|crosstalk|cross talk|silence|pause|cough\\w*|sigh\\w*"
          + "|sneez\\w*|singing|sings|clap\\w*|breath\\w*|blank_audio|no speech|foreign|vocalsound"
          + "|disfmarker|gap|beep\\w*|sound\\w*";
  private static final Pattern BRACES = Pattern.compile("\\{[^{}\\n]{0,80}\\}");
  private static final Pattern EVENT =
      Pattern.compile(
          "[\\[(](?:" + EVENTS + ")(?:[ ,:]+[0-9:.]{1,14})?[\\])]", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>\\n]{0,80}>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,.;:?!])(?= |$)");

  private Markup() {}

  /** The text without markup, whitespace collapsed; empty when nothing but markup was there. */
  static String strip(String text) {
    return strip(text, true);
  }

  /** As {@link #strip(String)}, leaving tag-like text in place when {@code tags} is false. */
  static String strip(String text, boolean tags) {
    String s = BRACES.matcher(text).replaceAll(" ");
    s = EVENT.matcher(s).replaceAll(" ");
    if (tags) {
      s = TAG.matcher(s).replaceAll(" ");
    }
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
  }
}
