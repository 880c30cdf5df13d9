package dev.reportengine.core.internal.target;

import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule (e): ordinals, counted in order of first speech ("the second speaker", "the first person to
 * speak", "speaker 3", "person number two", "the last speaker" for the last to start speaking; "the
 * second interviewer" among everyone but the candidate, who answers most). A recognised ordinal is
 * conclusive: the person in that place scores 0.9, and a place nobody holds is a miss.
 */
final class OrdinalRule implements HintRule {

  static final double FULL = 0.9;

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10));
  private static final String NOUN =
      "(?:speaker|person|participant|voice|one|man|woman|guy|talker|attendee)";
  private static final Pattern ORDINAL =
      Pattern.compile(
          "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d+(?:st|nd|rd|th))"
              + "\\s+(?:"
              + NOUN
              + "\\b|to\\s+(?:speak|talk))");
  private static final Pattern NUMBERED =
      Pattern.compile(
          "\\b(?:speaker|person|participant|voice)\\s+(?:number\\s+|no\\s+|#\\s*)?"
              + "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b");

  /**
   * "The second interviewer": a place among the people who interview, counted in order of first
   * speech without the candidate (the one who speaks most words in answer to questions).
   */
  private static final Pattern INTERVIEWER =
      Pattern.compile(
          "\\b(first|second|third|fourth|fifth|last|final|\\d+(?:st|nd|rd|th))\\s+interviewer\\b");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    String text = Tokens.fold(hint.original());
    Matcher interviewer = INTERVIEWER.matcher(text);
    boolean amongInterviewers = interviewer.find();
    Optional<String> asked = amongInterviewers ? Optional.of(interviewer.group(1)) : find(text);
    if (asked.isEmpty()) {
      return RuleResult.none();
    }
    List<Turn> order = conversation.firstTurns();
    String people = "people speak";
    if (amongInterviewers) {
      Optional<String> candidate =
          ConversationRoles.answerers(conversation, "candidate").stream()
              .min(Scored.BEST_FIRST)
              .map(s -> s.entity().id());
      order =
          order.stream()
              .filter(t -> candidate.map(id -> !id.equals(t.speaker().id())).orElse(true))
              .toList();
      people = "people interview (everyone but the candidate, " + candidate.orElse("none") + ")";
    }
    OptionalInt place = place(asked.get(), order.size());
    if (place.isEmpty() || place.getAsInt() < 1 || place.getAsInt() > order.size()) {
      return RuleResult.conclusive(
          List.of(),
          "ordinal: the hint asks for place ["
              + asked.get()
              + "] in order of first speech, but "
              + order.size()
              + " "
              + people);
    }
    Turn first = order.get(place.getAsInt() - 1);
    String description =
        "number "
            + place.getAsInt()
            + " of "
            + order.size()
            + (amongInterviewers ? " interviewers" : "")
            + " in order of first speech, first speaking at "
            + TimeExpressions.clock(first.start());
    return RuleResult.conclusive(
        List.of(new Scored(first.speaker(), FULL, "ordinal", List.of(first.evidence(description)))),
        "ordinal: " + asked.get());
  }

  private static Optional<String> find(String text) {
    Matcher ordinal = ORDINAL.matcher(text);
    if (ordinal.find()) {
      return Optional.of(ordinal.group(1));
    }
    Matcher numbered = NUMBERED.matcher(text);
    return numbered.find() ? Optional.of(numbered.group(1)) : Optional.empty();
  }

  private static OptionalInt place(String asked, int people) {
    if (asked.equals("last") || asked.equals("final")) {
      return OptionalInt.of(people);
    }
    if (WORDS.containsKey(asked)) {
      return OptionalInt.of(WORDS.get(asked));
    }
    String digits = asked.replaceAll("\\D", "");
    return digits.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
  }
}
