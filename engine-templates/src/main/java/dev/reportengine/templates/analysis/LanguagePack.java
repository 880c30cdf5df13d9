package dev.reportengine.templates.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The word lists and phrase patterns of one language, read from {@code lexicon/<language>/*.txt}
 * next to this class (one entry per line, {@code #} starts a comment). A language is supported when
 * its directory holds every list; adding a language means adding those files. Immutable and
 * thread-safe; loaded once per language and cached.
 */
public final class LanguagePack {

  /** The languages that have lexicons. */
  public static final List<String> SUPPORTED = List.of("en");

  private static final Map<String, LanguagePack> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, Lexicon> lexicons = new ConcurrentHashMap<>();
  private final Map<String, Optional<SentenceClassifier>> classifiers = new ConcurrentHashMap<>();
  private final List<ItemPattern> itemPatterns;
  private final List<Pattern> duePatterns;
  private final Map<String, Pattern> itemFilters;
  private final List<String> gateWords = new ArrayList<>();
  private final Map<String, List<int[]>> gateIndex = new java.util.HashMap<>();

  private LanguagePack(String language) {
    this.language = language;
    List<ItemPattern> items = new ArrayList<>();
    for (String line : lines("items")) {
      String[] parts = line.split("\t", 4);
      if (parts.length != 4) {
        throw new IllegalStateException(
            "lexicon/"
                + language
                + "/items.txt: expected kind<TAB>rule<TAB>gate<TAB>pattern: "
                + line);
      }
      items.add(
          new ItemPattern(
              ItemKind.fromWireName(parts[0]),
              parts[1],
              Pattern.compile(parts[3]),
              List.of(parts[2].split(","))));
    }
    this.itemPatterns = List.copyOf(items);
    for (int k = 0; k < items.size(); k++) {
      for (String g : items.get(k).gate()) {
        String word = g.strip();
        if (word.isEmpty()) {
          continue;
        }
        gateWords.add(word);
        gateIndex
            .computeIfAbsent(
                word.length() > 1 ? word.substring(0, 2) : word, x -> new ArrayList<>())
            .add(new int[] {k, gateWords.size() - 1});
      }
    }
    Map<String, Pattern> filters = new java.util.LinkedHashMap<>();
    for (String line : lines("item-filters")) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException(
            "lexicon/" + language + "/item-filters.txt: expected filter<TAB>pattern: " + line);
      }
      filters.put(parts[0], Pattern.compile(parts[1]));
    }
    this.itemFilters = java.util.Collections.unmodifiableMap(filters);
    this.duePatterns =
        lines("due-phrases").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();
  }

  /**
   * The pack for media in {@code language}: English for {@code en*} and for an unknown language
   * (absent, blank or {@code und}); empty for a language without lexicons.
   */
  public static Optional<LanguagePack> forLanguage(Optional<String> language) {
    String code =
        language
            .map(tag -> Locale.forLanguageTag(tag.strip()).getLanguage())
            .filter(c -> !c.isEmpty() && !c.equals("und"))
            .orElse("en");
    if (!SUPPORTED.contains(code)) {
      return Optional.empty();
    }
    return Optional.of(CACHE.computeIfAbsent(code, LanguagePack::new));
  }

  /**
   * The pack for {@code media}: by its language tag when it has one; otherwise English, unless most
   * of its letters are not Latin (a transcript in Russian or Japanese whose format gives no
   * language), in which case there is no pack and the language-dependent metrics are unavailable.
   */
  public static Optional<LanguagePack> forMedia(dev.reportengine.api.media.Media media) {
    if (media.language().filter(tag -> !tag.isBlank()).isPresent()) {
      return forLanguage(media.language());
    }
    long latin = 0;
    long letters = 0;
    for (dev.reportengine.api.media.Utterance u : media.utterances()) {
      for (int i = 0; i < u.text().length(); i++) {
        char c = u.text().charAt(i);
        if (c < 0x80) { // ASCII: a letter is a Latin one; skip the script lookup
          if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            letters++;
            latin++;
          }
        } else if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latin++;
          }
        }
      }
    }
    return letters > 0 && latin * 2 < letters ? Optional.empty() : forLanguage(Optional.empty());
  }

  /** The language code, such as {@code en}. */
  public String language() {
    return language;
  }

  /** The lexicon named {@code name}, such as {@code fillers}. */
  public Lexicon lexicon(String name) {
    return lexicons.computeIfAbsent(name, n -> new Lexicon(lines(n)));
  }

  /** The phrase patterns that find action items, decisions and the rest. */
  public List<ItemPattern> itemPatterns() {
    return itemPatterns;
  }

  /**
   * The patterns of sentences left out of items whatever matches, by name ({@code recap}, {@code
   * small_talk}, {@code hypothetical}, {@code in_call}, {@code resolved}, {@code proposal}, {@code
   * undecided}); see {@code item-filters.txt}.
   */
  public Map<String, Pattern> itemFilters() {
    return itemFilters;
  }

  /** The patterns of due phrases such as {@code by Friday}. */
  public List<Pattern> duePatterns() {
    return duePatterns;
  }

  /**
   * The language's sentence classifier {@code name} (such as {@code risks}), read once from {@code
   * model/<language>/<name>.tsv}; empty when the language has none.
   */
  public Optional<SentenceClassifier> classifier(String name) {
    return classifiers.computeIfAbsent(
        name,
        n -> {
          String resource = "model/" + language + "/" + n + ".tsv";
          return LanguagePack.class.getResource(resource) == null
              ? Optional.empty()
              : Optional.of(SentenceClassifier.load(resource));
        });
  }

  /** The raw lines of the resource {@code name}.txt, comments and blanks left out, lowercased. */
  public List<String> lines(String name) {
    String resource = "lexicon/" + language + "/" + name + ".txt";
    try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * One phrase pattern.
   *
   * @param kind what a matching sentence is
   * @param rule the rule's name, reported with each item it finds (such as {@code blocked})
   * @param gate word starts, one of which every match holds; the rule is tried only on sentences
   *     with one
   * @param pattern the regular expression, lowercase, matched against the lowercased sentence
   *     (cheaper than a case-insensitive match, and the same for these ASCII patterns)
   */
  public record ItemPattern(ItemKind kind, String rule, Pattern pattern, List<String> gate) {

    /** Copies the gate. */
    public ItemPattern {
      gate = List.copyOf(gate);
    }
  }

  /**
   * Which item patterns may match a sentence with these lowercase words: those with a gate word
   * that starts one of the words (see {@code items.txt}). One hash lookup per word.
   */
  public boolean[] candidates(List<String> words) {
    boolean[] out = new boolean[itemPatterns.size()];
    for (String w : words) {
      List<int[]> hits = gateIndex.get(w.length() > 1 ? w.substring(0, 2) : w);
      if (hits == null) {
        continue;
      }
      for (int[] hit : hits) {
        if (w.startsWith(gateWords.get(hit[1]))) {
          out[hit[0]] = true;
        }
      }
    }
    return out;
  }
}
