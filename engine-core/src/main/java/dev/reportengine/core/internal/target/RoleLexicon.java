package dev.reportengine.core.internal.target;

import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role and organisation words with their synonyms and the conversational behaviour they imply, read
 * from {@code role-words.txt}: {@code group | behaviour | synonym, synonym, ... [| vocabulary]}.
 */
final class RoleLexicon {

  /** What a role does in a conversation. */
  enum Behaviour {
    /** Asks most of the questions: interviewer, seller, host. */
    ASKS,
    /** Speaks most in reply to others' questions: candidate, prospect, guest. */
    ANSWERS,
    /** Speaks first after everyone else, well into the call: the person who joined late. */
    LATE,
    /** Speaks last well before everyone else stops, or says they must go: who left early. */
    EARLY,
    /** Opens the call and steers it: host, chair, whoever ran the meeting. */
    RUNS,
    /** Offers the product and its terms: seller, account executive, vendor. */
    SELLS,
    /** Says what their side pays, uses and must approve: buyer, prospect. */
    BUYS,
    /** Known only from attributes and self-descriptions: manager, engineer. */
    NONE
  }

  /**
   * One group of synonyms.
   *
   * @param vocabulary stems of words the role's holder tends to use at work ("invoice", "budget"
   *     for finance), for a role known only by what its holder talks about; empty when none
   */
  record Group(
      String name, Behaviour behaviour, List<List<String>> phrases, Set<String> vocabulary) {
    Group {
      phrases = List.copyOf(phrases);
      vocabulary = Set.copyOf(vocabulary);
    }
  }

  /**
   * One unit of a hint: a role phrase from the lexicon with its groups, or a single other word.
   *
   * @param words the phrase's words
   * @param groups the groups the phrase belongs to; empty for an ordinary word
   */
  record Unit(List<String> words, List<Group> groups) {
    Unit {
      words = List.copyOf(words);
      groups = List.copyOf(groups);
    }

    boolean isRole() {
      return !groups.isEmpty();
    }

    String text() {
      return String.join(" ", words);
    }
  }

  private final List<Group> groups;
  private final int longest;

  private RoleLexicon(List<Group> groups) {
    this.groups = List.copyOf(groups);
    this.longest =
        groups.stream().flatMap(g -> g.phrases().stream()).mapToInt(List::size).max().orElse(1);
  }

  /** The lexicon shipped with the engine. */
  static RoleLexicon standard() {
    List<Group> groups = new ArrayList<>();
    for (String line : HintText.resourceLines("role-words.txt")) {
      String[] parts = line.split("\\|");
      if (parts.length != 3 && parts.length != 4) {
        throw new IllegalStateException(
            "role-words.txt: expected 'group | behaviour | synonyms [| vocabulary]', got ["
                + line
                + "]");
      }
      List<List<String>> phrases =
          Arrays.stream(parts[2].split(","))
              .map(p -> Tokens.split(Tokens.fold(p)))
              .filter(p -> !p.isEmpty())
              .toList();
      Set<String> vocabulary =
          parts.length == 4
              ? Arrays.stream(parts[3].split(","))
                  .map(w -> HintText.stem(Tokens.fold(w).strip()))
                  .filter(w -> !w.isEmpty())
                  .collect(Collectors.toSet())
              : Set.of();
      groups.add(
          new Group(
              parts[0].strip(),
              Behaviour.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
              phrases,
              vocabulary));
    }
    return new RoleLexicon(groups);
  }

  /**
   * Splits a hint into units: at each place the longest lexicon phrase, else the word itself when
   * it is not a stop word.
   */
  List<Unit> units(HintText hint) {
    List<String> words = hint.words();
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(longest, words.size() - i); n >= 1 && taken == 0; n--) {
        List<String> phrase = words.subList(i, i + n);
        List<Group> in = groupsOf(phrase);
        boolean ofArea =
            i + n < words.size()
                && words.get(i + n).equals("of")
                && in.stream().anyMatch(g -> g.behaviour() == Behaviour.RUNS);
        if (ofArea) {
          taken = n; // "in charge of volunteers" is whoever answers for volunteers, not the chair
        } else if (!in.isEmpty()) {
          units.add(new Unit(phrase, in));
          taken = n;
        }
      }
      if (taken == 0) {
        if (!HintText.isStopWord(words.get(i)) && HintText.hasLetter(words.get(i))) {
          units.add(new Unit(List.of(words.get(i)), List.of()));
        }
        taken = 1;
      }
      i += taken;
    }
    return units;
  }

  private List<Group> groupsOf(List<String> phrase) {
    return groups.stream().filter(g -> g.phrases().contains(phrase)).toList();
  }
}
