package dev.reportengine.core.internal.target;

import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule (c): how others address a person. "Thanks, Maria", "thank you again, Maria" and "good point,
 * Maria" point back to the previous speaker; "Maria, what do you think?", "what do you think,
 * Maria?" and "over to you, Maria" point forward to the next speaker; "Hi Maria" points back. When
 * nobody else spoke before, a thank-you or a greeting can only be for the person who speaks next
 * ("Thank you again, Myra, for joining the call" opening an interview), so it points forward. Each
 * such turn is one vote for the person it points to; the score is 0.85 times that person's share of
 * the votes. A word of the hint the call writes in lower case ("the last person to join" against
 * "agreed last week") is not taken for a name unless the hint capitalises it.
 */
final class AddressRule implements HintRule {

  static final double FULL = 0.85;

  static final String THANKS =
      "thanks|thank you|thank u|thx|cheers|good point|great point|fair point|well said|good catch"
          + "|nice work|great job|well done|agreed|exactly|you're right|sorry";
  static final String GREETING =
      "hi|hello|hey|hiya|howdy|g['’]day|kia ora|good morning|morning|good afternoon|good evening"
          + "|welcome back|welcome"
          + "|(?:nice|good|great|lovely) to (?:meet|see) you|pleasure to meet you";
  static final String HANDOVER = "over to you|go ahead|your turn|you're up|the floor is yours";
  static final String LEAD = "(?:so|ok|okay|and|now|right|then|yes|well)";

  /**
   * The rest of a sentence, up to 500 characters: bounded, so that a pattern tried at each word of
   * a long run of text with no full stop (hostile input, or a transcript without punctuation) reads
   * a bounded stretch each time, not the rest of the text.
   */
  static final String IN_SENTENCE = "[^.!?]{0,500}";

  private static final String HONORIFIC = "(?:(?:mr|mrs|ms|miss|dr|sir|madam)\\.?\\s+)?";

  private enum Direction {
    BACK("points back"),
    FORWARD("points forward"),
    GREETING("greets");

    private final String words;

    Direction(String words) {
      this.words = words;
    }
  }

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    java.util.Set<String> typedCapitalised =
        java.util.Arrays.stream(hint.original().split("[^\\p{L}'-]+"))
            .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
            .map(Tokens::fold)
            .collect(Collectors.toSet());
    // A word the call writes in lower case ("agreed last week") is no name, unless typed as one.
    java.util.Set<String> someoneElses = hint.possessors();
    List<String> names =
        hint.contentWords().stream()
            .filter(w -> w.length() > 1 && HintText.hasLetter(w))
            .filter(w -> !someoneElses.contains(w))
            .filter(w -> typedCapitalised.contains(w) || !conversation.lowerCaseWords().contains(w))
            .toList();
    if (names.isEmpty()) {
      return RuleResult.none();
    }
    String alternatives = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    Map<Direction, Pattern> patterns = patterns(HONORIFIC + "(?:" + alternatives + ")");
    Map<String, List<Evidence>> votes = new LinkedHashMap<>();
    Map<String, Turn> pointed = new LinkedHashMap<>();
    int total = 0;
    for (Turn turn : conversation.personTurns()) {
      String folded = Tokens.fold(turn.utterance().text());
      for (Map.Entry<Direction, Pattern> p : patterns.entrySet()) {
        Matcher m = p.getValue().matcher(folded);
        if (!m.find()) {
          continue;
        }
        Optional<Turn> target = target(p.getKey(), turn, conversation);
        if (target.isPresent()) {
          Turn t = target.get();
          total++;
          pointed.putIfAbsent(t.speaker().id(), t);
          votes
              .computeIfAbsent(t.speaker().id(), id -> new ArrayList<>())
              .add(
                  turn.evidence(
                      HintConversation.describe(turn.speaker())
                          + " addresses them as \""
                          + m.group().strip()
                          + "\" and "
                          + p.getKey().words
                          + " to their turn at "
                          + TimeExpressions.clock(t.start())));
        }
        break;
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, List<Evidence>> v : votes.entrySet()) {
      scored.add(
          new Scored(
              pointed.get(v.getKey()).speaker(),
              FULL * v.getValue().size() / total,
              "address",
              v.getValue()));
    }
    return RuleResult.of(scored);
  }

  /** Whether folded text addresses someone by {@code name} (a folded word) in any direction. */
  static boolean addresses(String foldedText, String name) {
    return patterns(Pattern.quote(name)).values().stream()
        .anyMatch(p -> p.matcher(foldedText).find());
  }

  private static Optional<Turn> target(Direction direction, Turn turn, HintConversation c) {
    return switch (direction) {
      case BACK, GREETING -> c.previousSpeaker(turn).or(() -> c.nextSpeaker(turn));
      case FORWARD -> c.nextSpeaker(turn);
    };
  }

  private static Map<Direction, Pattern> patterns(String name) {
    Map<Direction, Pattern> patterns = new LinkedHashMap<>();
    patterns.put(
        Direction.BACK,
        Pattern.compile(
            "\\b(?:"
                + THANKS
                + ")\\s*,?\\s+(?:(?:so much|very much|again)\\s*,?\\s+)?"
                + name
                + "\\b"));
    patterns.put(
        Direction.FORWARD,
        Pattern.compile(
            "(?:^|[.!?;]\\s*)(?:"
                + LEAD
                + "\\s*,?\\s+)?"
                + name
                + "\\s*,\\s*"
                + IN_SENTENCE
                + "\\?"
                + "|,\\s*"
                + name
                + "\\s*\\?"
                + "|,\\s*"
                + name
                + "\\s*[.!]\\s+"
                + IN_SENTENCE
                + "\\?"
                + "|\\b(?:"
                + HANDOVER
                + ")\\s*,?\\s+"
                + name
                + "\\b"
                + "|\\b"
                + name
                + "\\s*,\\s*(?:"
                + HANDOVER
                + ")"));
    patterns.put(
        Direction.GREETING, Pattern.compile("\\b(?:" + GREETING + ")\\s*,?\\s+" + name + "\\b"));
    return patterns;
  }
}
