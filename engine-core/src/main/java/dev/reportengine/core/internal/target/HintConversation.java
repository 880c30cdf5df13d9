package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The conversation as the hint rules see it: turns in time order with their normalised text, who
 * spoke before and after each turn, and the order in which people first spoke. The anonymous
 * speaker (id {@code unknown} without a label, which importers use for text nobody is named for) is
 * not a person here: only the name rule can pick it, by its id.
 */
final class HintConversation {

  /** One utterance with its speaker, its place and its normalised text. */
  record Turn(int index, Utterance utterance, Entity speaker, HintText text) {

    /** This turn as evidence: the description, a quote and the start time. */
    Evidence evidence(String description) {
      return new Evidence(
          description, Optional.of(quote(utterance.text())), OptionalDouble.of(start()));
    }

    double start() {
      return utterance.startSeconds();
    }
  }

  private static final int QUOTE_CHARS = 200;

  private final Media media;
  private final List<Entity> people;
  private final List<Turn> turns;

  HintConversation(Media media) {
    this.media = media;
    this.people = media.entities().stream().filter(e -> !isAnonymous(e)).toList();
    Map<String, Entity> byId = new LinkedHashMap<>();
    media.entities().forEach(e -> byId.put(e.id(), e));
    List<Turn> all = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      all.add(new Turn(all.size(), u, byId.get(u.entityId()), HintText.of(u.text())));
    }
    this.turns = List.copyOf(all);
  }

  /** Whether an entity is the anonymous speaker rather than a person. */
  static boolean isAnonymous(Entity e) {
    return e.id().equals("unknown") && e.label().isEmpty();
  }

  Media media() {
    return media;
  }

  /** Every entity, the anonymous speaker included. */
  List<Entity> entities() {
    return media.entities();
  }

  /** The entities that are people, in the media's order. */
  List<Entity> people() {
    return people;
  }

  private static final java.util.regex.Pattern BRACKETED =
      java.util.regex.Pattern.compile("\\([^)]*\\)");

  /**
   * The words of a speaker's shown name, folded, without a bracketed company ("Priya Shah
   * (Northwind)" is "priya", "shah"); none for an entity without a label.
   */
  static List<String> nameWords(Entity e) {
    return e.label()
        .map(l -> Tokens.split(Tokens.fold(BRACKETED.matcher(l).replaceAll(" "))))
        .orElse(List.of());
  }

  /**
   * The first speaker whose shown name has every word of {@code name} ("Callum", "Priya Shah"): the
   * one question the hint rules ask of a name they read in a hint.
   */
  Optional<Entity> speakerNamed(String name) {
    return speakersNamed(name).stream().findFirst();
  }

  /** Every speaker whose shown name has every word of {@code name}, in the media's order. */
  List<Entity> speakersNamed(String name) {
    List<String> words = Tokens.split(Tokens.fold(name));
    if (words.isEmpty()) {
      return List.of();
    }
    return entities().stream().filter(e -> nameWords(e).containsAll(words)).toList();
  }

  /**
   * Whether {@code word} is in a speaker's bracketed company ("Northwind" of "Priya Shah
   * (Northwind)"): a company of the call, not an absent person.
   */
  boolean isSpeakerCompany(String word) {
    String w = Tokens.fold(word);
    for (Entity e : entities()) {
      java.util.regex.Matcher m = BRACKETED.matcher(e.label().orElse(""));
      while (m.find()) {
        if (Tokens.split(Tokens.fold(m.group())).contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some speaker's shown name has every word of {@code name}. */
  boolean isSpeakerName(String name) {
    return speakerNamed(name).isPresent();
  }

  /** Every turn, in time order. */
  List<Turn> turns() {
    return turns;
  }

  /** The turns of people (not of the anonymous speaker). */
  List<Turn> personTurns() {
    return turns.stream().filter(t -> !isAnonymous(t.speaker())).toList();
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final java.util.regex.Pattern CAPITALISED_INSIDE =
      java.util.regex.Pattern.compile("(?<=[^.!?\\s])\\s+(\\p{Lu}[\\p{L}\\p{N}_]*)");

  private java.util.Set<String> lowerCaseWords;
  private java.util.Set<String> capitalisedInside;

  /**
   * The words the call writes in lower case ("pharmacy" in "we've got pharmacy with us"), read once
   * per conversation (a conversation serves one resolution, on one thread).
   */
  java.util.Set<String> lowerCaseWords() {
    if (lowerCaseWords == null) {
      lowerCaseWords = lowerCaseWords(texts());
    }
    return lowerCaseWords;
  }

  /** The capitalised words the call writes other than at the start of a sentence, read once. */
  java.util.Set<String> capitalisedInside() {
    if (capitalisedInside == null) {
      capitalisedInside = capitalisedInside(texts());
    }
    return capitalisedInside;
  }

  private List<String> texts() {
    return turns.stream().map(t -> t.utterance().text()).toList();
  }

  /** The words {@code texts} write in lower case. */
  static java.util.Set<String> lowerCaseWords(List<String> texts) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String text : texts) {
      java.util.regex.Matcher m = WORD.matcher(text);
      while (m.find()) {
        if (Character.isLowerCase(m.group().codePointAt(0))) {
          found.add(m.group());
        }
      }
    }
    return found;
  }

  /** The capitalised words {@code texts} write other than at the start of a sentence. */
  static java.util.Set<String> capitalisedInside(List<String> texts) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String text : texts) {
      java.util.regex.Matcher m = CAPITALISED_INSIDE.matcher(text);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  /** The nearest earlier turn by another person. */
  Optional<Turn> previousSpeaker(Turn turn) {
    for (int i = turn.index() - 1; i >= 0; i--) {
      if (isOtherPerson(turns.get(i), turn)) {
        return Optional.of(turns.get(i));
      }
    }
    return Optional.empty();
  }

  /** The nearest later turn by another person. */
  Optional<Turn> nextSpeaker(Turn turn) {
    for (int i = turn.index() + 1; i < turns.size(); i++) {
      if (isOtherPerson(turns.get(i), turn)) {
        return Optional.of(turns.get(i));
      }
    }
    return Optional.empty();
  }

  /** Each person's first turn, in order of first speech (ties: smallest entity id). */
  List<Turn> firstTurns() {
    Map<String, Turn> first = new LinkedHashMap<>();
    for (Turn t : personTurns()) {
      first.putIfAbsent(t.speaker().id(), t);
    }
    return first.values().stream()
        .sorted(Comparator.comparingDouble(Turn::start).thenComparing(t -> t.speaker().id()))
        .toList();
  }

  private static boolean isOtherPerson(Turn candidate, Turn from) {
    return !isAnonymous(candidate.speaker())
        && !candidate.speaker().id().equals(from.speaker().id());
  }

  /** An entity as people read it: {@code Label [id]}, or {@code [id]} without a label. */
  static String describe(Entity e) {
    return e.label().map(l -> l + " [" + e.id() + "]").orElse("[" + e.id() + "]");
  }

  /** Transcript text shortened for a quote, cut at a word boundary. */
  static String quote(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= QUOTE_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', QUOTE_CHARS);
    return flat.substring(0, cut > 0 ? cut : QUOTE_CHARS) + " …";
  }
}
