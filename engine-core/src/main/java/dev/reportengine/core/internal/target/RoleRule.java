package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.core.internal.target.RoleLexicon.Behaviour;
import dev.reportengine.core.internal.target.RoleLexicon.Group;
import dev.reportengine.core.internal.target.RoleLexicon.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rule (d): organisation and role words. Three stages; the first that scores anyone answers:
 *
 * <ol>
 *   <li>{@code role_attribute}: the hint's units (role phrases and other words) against entity
 *       attributes ({@code role}, {@code company}, {@code title}, ...): a unit found verbatim
 *       counts 1, a role found through a synonym 0.9; the score is 0.95 times the average;
 *   <li>{@code role_self_description}: the same units in the eight words after a person's "I'm", "I
 *       am", "I work as", "my role is" ("I'm Dana Brooks, engineering manager") within one
 *       sentence, 0.8 times the average;
 *   <li>{@code role_behaviour}: a role that asks (interviewer, seller, host, ...) or answers
 *       (candidate, prospect, guest, ...) against who asks the questions and who answers them, see
 *       {@link ConversationRoles}, times the role's share of the hint's units (behaviour says
 *       nothing about the other words of "the customer who complained about the parrot").
 * </ol>
 */
final class RoleRule implements HintRule {

  static final double ATTRIBUTE = 0.95;
  static final double SYNONYM = 0.9;
  static final double SELF_DESCRIPTION = 0.8;
  static final int WINDOW = 8;

  private static final List<List<String>> MARKERS =
      List.of(
          List.of("i", "m"),
          List.of("i", "am"),
          List.of("i", "work", "as"),
          List.of("my", "role", "is"),
          List.of("my", "title", "is"),
          List.of("my", "job", "is"),
          List.of("i", "run"),
          List.of("i", "lead"),
          List.of("i", "manage"),
          List.of("i", "look", "after"),
          List.of("i", "handle"),
          List.of("i", "own"),
          List.of("i", "work", "on"),
          List.of("i", "work", "in"),
          List.of("i", "head", "up"),
          List.of("i", "do", "the"));

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s+|$)");

  private final RoleLexicon lexicon;

  RoleRule(RoleLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<Unit> units = lexicon.units(hint);
    if (units.isEmpty()) {
      return RuleResult.none();
    }
    List<Scored> byAttribute = attributes(units, conversation);
    if (!byAttribute.isEmpty()) {
      return RuleResult.of(byAttribute);
    }
    List<Scored> bySelfDescription = selfDescriptions(units, conversation);
    if (!bySelfDescription.isEmpty()) {
      return RuleResult.of(bySelfDescription);
    }
    for (Unit unit : units) {
      for (Group g : unit.groups()) {
        String why =
            "\""
                + unit.text()
                + "\" is a role that "
                + g.behaviour().name().toLowerCase(Locale.ROOT);
        double covered = 1.0 / units.size();
        if (g.behaviour() == Behaviour.ASKS) {
          return RuleResult.of(scaled(ConversationRoles.askers(conversation, why), covered));
        }
        if (g.behaviour() == Behaviour.ANSWERS) {
          return RuleResult.of(scaled(ConversationRoles.answerers(conversation, why), covered));
        }
        if (g.behaviour() == Behaviour.LATE) {
          return RuleResult.of(ConversationRoles.latecomers(conversation, why));
        }
        if (g.behaviour() == Behaviour.RUNS) {
          return RuleResult.of(ConversationRoles.organisers(conversation, why));
        }
      }
    }
    return RuleResult.none();
  }

  private static List<Scored> attributes(List<Unit> units, HintConversation conversation) {
    List<Scored> scored = new ArrayList<>();
    for (Entity e : conversation.people()) {
      double sum = 0;
      List<Evidence> evidence = new ArrayList<>();
      for (Unit unit : units) {
        for (Map.Entry<String, String> attribute : e.attributes().entrySet()) {
          double match = match(unit, HintText.of(attribute.getValue()).words());
          if (match > 0) {
            sum += match;
            evidence.add(
                Evidence.of(
                    "attribute "
                        + attribute.getKey()
                        + " \""
                        + attribute.getValue()
                        + "\" matches \""
                        + unit.text()
                        + "\""
                        + (match < 1 ? " as a synonym" : "")));
            break;
          }
        }
      }
      if (sum > 0) {
        scored.add(new Scored(e, ATTRIBUTE * sum / units.size(), "role_attribute", evidence));
      }
    }
    return scored;
  }

  private static List<Scored> selfDescriptions(List<Unit> units, HintConversation conversation) {
    List<Scored> scored = new ArrayList<>();
    for (Entity e : conversation.people()) {
      double best = 0;
      Turn where = null;
      for (Turn t : conversation.personTurns()) {
        if (!t.speaker().id().equals(e.id())) {
          continue;
        }
        for (List<String> window : windows(t.utterance().text())) {
          double sum = units.stream().mapToDouble(u -> match(u, window)).sum();
          if (sum > best) {
            best = sum;
            where = t;
          }
        }
      }
      if (where != null) {
        scored.add(
            new Scored(
                e,
                SELF_DESCRIPTION * best / units.size(),
                "role_self_description",
                List.of(where.evidence("describes themselves in words of the hint"))));
      }
    }
    return scored;
  }

  /** Behaviour explains only the role word: the rest of the hint lowers the score in proportion. */
  private static List<Scored> scaled(List<Scored> scored, double factor) {
    return scored.stream()
        .map(x -> new Scored(x.entity(), x.score() * factor, x.rule(), x.evidence()))
        .toList();
  }

  /** 1 when the unit's words occur in {@code words}, 0.9 when a synonym does, else 0. */
  private static double match(Unit unit, List<String> words) {
    if (HintText.containsPhrase(words, unit.words())) {
      return 1;
    }
    for (Group g : unit.groups()) {
      for (List<String> synonym : g.phrases()) {
        if (HintText.containsPhrase(words, synonym)) {
          return SYNONYM;
        }
      }
    }
    return 0;
  }

  /**
   * The words after each marker, up to {@value #WINDOW} and never past the end of the sentence
   * ("I'm gonna stop the recording. Myra" does not describe the speaker as Myra).
   */
  private static List<List<String>> windows(String text) {
    List<List<String>> windows = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      List<String> words = HintText.of(sentence).words();
      for (int i = 0; i < words.size(); i++) {
        for (List<String> marker : MARKERS) {
          int end = i + marker.size();
          if (end <= words.size() && words.subList(i, end).equals(marker)) {
            windows.add(words.subList(end, Math.min(words.size(), end + WINDOW)));
          }
        }
      }
    }
    return windows;
  }
}
