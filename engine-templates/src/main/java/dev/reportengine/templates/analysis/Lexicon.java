package dev.reportengine.templates.analysis;

import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of lowercase words and multi-word phrases read from a resource file, matched against the
 * word sequence of {@link Tokens#words(String)}. Immutable and thread-safe.
 */
public final class Lexicon {

  private final Set<String> entries;
  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  /** A lexicon of the given words and phrases (case and punctuation are ignored). */
  public static Lexicon of(List<String> phrases) {
    return new Lexicon(phrases);
  }

  Lexicon(List<String> lines) {
    this.entries = new TreeSet<>();
    for (String line : lines) {
      List<String> words = Tokens.words(line);
      if (!words.isEmpty()) {
        entries.add(String.join(" ", words));
        byFirstWord
            .computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(words.toArray(new String[0]));
      }
    }
  }

  /** Whether the single word {@code word} is an entry. */
  public boolean contains(String word) {
    return entries.contains(word);
  }

  /** How many entries the lexicon holds. */
  public int size() {
    return entries.size();
  }

  /** How many times an entry occurs in {@code words}; overlapping matches count once. */
  public int count(List<String> words) {
    int count = 0;
    for (int i = 0; i < words.size(); ) {
      int matched = matchAt(words, i);
      if (matched > 0) {
        count++;
        i += matched;
      } else {
        i++;
      }
    }
    return count;
  }

  /** The entries found in {@code words}, in order of first occurrence, without repeats. */
  public List<String> matches(List<String> words) {
    Set<String> found = new java.util.LinkedHashSet<>();
    for (int i = 0; i < words.size(); ) {
      int matched = matchAt(words, i);
      if (matched > 0) {
        found.add(String.join(" ", words.subList(i, i + matched)));
        i += matched;
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /** The length in words of the longest entry starting at {@code i}; 0 when none does. */
  int matchAt(List<String> words, int i) {
    List<String[]> candidates = byFirstWord.get(words.get(i));
    if (candidates == null) {
      return 0;
    }
    int best = 0;
    for (String[] phrase : candidates) {
      if (phrase.length > best && startsWith(words, i, phrase)) {
        best = phrase.length;
      }
    }
    return best;
  }

  private static boolean startsWith(List<String> words, int i, String[] phrase) {
    if (i + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(i + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
