package dev.reportengine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A set of words too common to be keywords. Immutable and thread-safe. */
public final class Stopwords {

  private static final String ENGLISH_RESOURCE = "stopwords-en.txt";

  private final Set<String> words;

  private Stopwords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /**
   * The English list, read from {@code stopwords-en.txt} next to this class once and then shared
   * (the list is immutable).
   */
  public static Stopwords english() {
    return English.LIST;
  }

  /** Reads the English list on first use. */
  private static final class English {
    static final Stopwords LIST = read();
  }

  private static Stopwords read() {
    try (InputStream in = Stopwords.class.getResourceAsStream(ENGLISH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ENGLISH_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new TreeSet<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return new Stopwords(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ENGLISH_RESOURCE, e);
    }
  }

  /** A list of {@code words}, each matched as given (lowercase them, or fold them, beforehand). */
  public static Stopwords of(Collection<String> words) {
    return new Stopwords(Set.copyOf(words));
  }

  /** A list that stops nothing. */
  public static Stopwords none() {
    return new Stopwords(Set.of());
  }

  /**
   * Whether English stopwords apply to media in {@code language}: English, or unknown (absent,
   * blank or {@code und}).
   */
  public static boolean appliesTo(Optional<String> language) {
    String code = language.map(tag -> Locale.forLanguageTag(tag.strip()).getLanguage()).orElse("");
    return code.isEmpty() || code.equals("und") || code.equals("en");
  }

  /** Whether {@code term}, in lowercase, is a stopword. */
  public boolean contains(String term) {
    return words.contains(term);
  }

  /** How many words the list holds. */
  public int size() {
    return words.size();
  }
}
