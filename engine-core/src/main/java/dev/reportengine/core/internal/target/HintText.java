package dev.reportengine.core.internal.target;

import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hint, or a line of transcript, normalised for matching: accents folded, lower case, split into
 * words of letters and digits. Stop words (from {@code hint-stopwords.txt}) describe a person
 * without naming them ("the person who spoke") and never count as names, roles or topics.
 *
 * @param original the text as given
 * @param words its folded words, in order
 */
record HintText(String original, List<String> words) {

  private static final Stopwords STOP_WORDS = load("hint-stopwords.txt");

  HintText {
    words = List.copyOf(words);
  }

  /** Normalises {@code text}. */
  static HintText of(String text) {
    return new HintText(text, Tokens.split(Tokens.fold(text)));
  }

  /**
   * "Nadia's colleague", "Tom's boss": a name said as someone's, whom the hint is not. A match
   * starts only where a word starts, so a long run of letters is scanned once, not once per letter.
   */
  private static final java.util.regex.Pattern POSSESSOR =
      java.util.regex.Pattern.compile("(?<![\\p{L}-])(\\p{L}[\\p{L}-]*+)['\u2019]s\\s+\\p{L}");

  /**
   * The words the hint says as someone's ("nadia" in "Nadia's colleague"), folded: the hint means
   * another person, so the name rules must not take them for it.
   */
  java.util.Set<String> possessors() {
    java.util.Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = POSSESSOR.matcher(original);
    while (m.find()) {
      out.addAll(of(m.group(1)).contentWords());
    }
    return out;
  }

  /** The words that are not stop words, in order. */
  List<String> contentWords() {
    return words.stream().filter(w -> !isStopWord(w)).toList();
  }

  /**
   * Whether the hint reads as a person's name: one to four words besides stop words, each
   * capitalised as typed ("Tom Becker", "Dr. Priya Shah"), and not a hint about a topic: a clause
   * such as "whoever asked about the API" (lower case, with a verb of saying) is about what someone
   * said.
   */
  boolean isProperName() {
    List<String> typed = Tokens.split(original);
    if (typed.size() != words.size()) {
      return false;
    }
    int names = 0;
    for (int i = 0; i < typed.size(); i++) {
      if (isStopWord(words.get(i))) {
        continue;
      }
      if (!Character.isUpperCase(typed.get(i).codePointAt(0))) {
        return false;
      }
      names++;
    }
    boolean clause =
        !typed.isEmpty()
            && Character.isLowerCase(typed.get(0).codePointAt(0))
            && words.stream().anyMatch(SPEECH_VERBS::contains);
    return names >= 1 && names <= 4 && !clause;
  }

  /** Verbs of saying that make a hint about what someone said, not who they are. */
  private static final java.util.Set<String> SPEECH_VERBS =
      java.util.Set.of(
          "asked",
          "asks",
          "asking",
          "talked",
          "talks",
          "talking",
          "mentioned",
          "mentions",
          "said",
          "says",
          "spoke",
          "raised",
          "brought");

  /** The folded text with single spaces between words. */
  String normalized() {
    return String.join(" ", words);
  }

  /** Whether a folded word is a stop word. */
  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /** Whether a word has a letter in it, so that it can be a name. */
  static boolean hasLetter(String word) {
    return word.chars().anyMatch(Character::isLetter);
  }

  /**
   * A light suffix stripper, applied alike to hints and transcripts so that "complained" meets
   * "complain" and "parrots" meets "parrot".
   */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 5 && word.endsWith("sses")) {
      return word.substring(0, word.length() - 2); // "weaknesses" meets "weakness"
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * A word's stem without an agent or field ending, so that a job meets its field: "designer" and
   * "design", "pharmacist" and "pharmacy", "owner" and "owns", "coordinator" and "coordination" all
   * give one root.
   */
  static String root(String word) {
    String stem = stem(word);
    for (String ending : List.of("ist", "ian", "ion", "er", "or", "y")) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
        return stem.substring(0, stem.length() - ending.length());
      }
    }
    return stem;
  }

  /** Whether {@code needle} occurs in {@code hay} as consecutive words. */
  static boolean containsPhrase(List<String> hay, List<String> needle) {
    if (needle.isEmpty()) {
      return false;
    }
    for (int i = 0; i + needle.size() <= hay.size(); i++) {
      if (hay.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }

  /** The lines of a resource in this package, without comments and blank lines. */
  static List<String> resourceLines(String name) {
    try (InputStream in = HintText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + HintText.class);
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String kept = line.replaceFirst("#.*", "").strip();
          if (!kept.isEmpty()) {
            lines.add(kept);
          }
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private static Stopwords load(String name) {
    Set<String> words = new HashSet<>();
    for (String line : resourceLines(name)) {
      words.addAll(Tokens.split(Tokens.fold(line)));
    }
    return Stopwords.of(words);
  }
}
