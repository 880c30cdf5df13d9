package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name typed the way it sounds rather than as the call spells it: "Alistair" for Alasdair,
 * "Lianne" for Leanne, "Hariet" for Harriet, "Gill" for Gillian, "Aneel" for Anil, "Neve" for
 * Niamh, or in another form of it: "Susan" for Sue, "Robert" for Robbie. A word in capitals
 * ("WHOEVER DREW UP THE ROTA") is left as typed. A capitalised word of the hint (not a word for a
 * person's post or trade, "Seller", "Treasurer": {@link TopicRule#isPersonNoun}) that the call
 * never says (no label, no word of the transcript) is read as the one name the call does say that
 * is nearest to it: one edit away (a letter added, dropped, changed, or two letters swapped) for a
 * word of four or five letters, two for a longer one, or the start of a longer name ("Gill"). Two
 * names as near leave the word as typed, as does a word with none near enough; the names are the
 * speakers' labels and the capitalised words said inside a sentence or before a comma (not a
 * sentence's first word otherwise, which any sentence capitalises).
 */
final class NameSpelling {

  /**
   * The fewest letters of a word the spelling is corrected for ("Jo" and "Tom" are read only as
   * another form of a name, {@link #VARIANTS}).
   */
  static final int MIN_LETTERS = 4;

  /**
   * The most letters of a word the spelling is corrected for, and of a name it may become: no name
   * is longer, and a hostile call of long capitalised words costs no more than one of names.
   */
  static final int MAX_LETTERS = 30;

  /**
   * A capitalised word inside a sentence (after a letter, digit or comma and a space), or one
   * before a comma, as a name is said to someone ("Alasdair, do you want to start?").
   */
  private static final Pattern INNER_NAME =
      Pattern.compile(
          "(?<=[\\p{L}\\p{N},] )\\p{Lu}[\\p{L}\\p{N}]*+|(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*+(?=,)");

  /** A word as {@link Tokens#split} cuts one: letters and digits ("Marta" and "s" in "Marta's"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");

  private NameSpelling() {}

  /**
   * {@code hint} with each capitalised word the call never says replaced by the nearest name it
   * does say, when there is exactly one; empty when no word is replaced.
   */
  static Optional<String> corrected(String hint, HintConversation conversation) {
    Set<String> said = null; // every folded word of the call, read only when a word may need it
    Set<String> names = null;
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    Matcher m = WORD.matcher(hint);
    int last = 0;
    while (m.find()) {
      String word = m.group();
      String folded = Tokens.fold(word);
      out.append(hint, last, m.start());
      last = m.end();
      if (!Character.isUpperCase(word.codePointAt(0))
          || word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
          || folded.length() < MIN_LETTERS && !VARIANTS.containsKey(folded)
          || folded.length() > MAX_LETTERS
          || HintText.isStopWord(folded)
          || TopicRule.isPersonNoun(folded)) {
        out.append(word);
        continue;
      }
      if (said == null) {
        said = new HashSet<>();
        names = new HashSet<>();
        read(conversation, said, names);
      }
      if (said.contains(folded)) {
        out.append(word);
        continue;
      }
      Optional<String> nearest = nearest(folded, names);
      out.append(nearest.map(NameSpelling::capitalised).orElse(word));
      changed |= nearest.isPresent();
    }
    out.append(hint, last, hint.length());
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  /** Adds every folded word of the call to {@code said} and its names to {@code names}. */
  private static void read(HintConversation conversation, Set<String> said, Set<String> names) {
    for (Entity e : conversation.entities()) {
      List<String> words = HintConversation.nameWords(e);
      said.addAll(words);
      words.stream().filter(w -> w.length() <= MAX_LETTERS).forEach(names::add);
      said.addAll(Tokens.split(Tokens.fold(e.id())));
    }
    for (Turn t : conversation.turns()) {
      String text = t.utterance().text();
      said.addAll(Tokens.split(Tokens.fold(text)));
      Matcher m = INNER_NAME.matcher(text);
      while (m.find()) {
        String folded = Tokens.fold(m.group());
        if (folded.length() >= MIN_LETTERS - 1
            && folded.length() <= MAX_LETTERS
            && !HintText.isStopWord(folded)) {
          names.add(folded);
        }
      }
    }
  }

  /**
   * Given names in their other forms, from {@code name-variants.txt}: each formal name to its short
   * forms and each short form to its formal names ("susan" to sue, susie, suzy; "sue" to susan and
   * suzanne; "niamh" to neve, neeve, neev; "neve" to niamh), never a short form to another ("liam"
   * is not bill).
   */
  private static final java.util.Map<String, Set<String>> VARIANTS = variants();

  /** The other forms of a folded given name ({@link #VARIANTS}); empty when it has none. */
  static Set<String> forms(String folded) {
    return VARIANTS.getOrDefault(folded, Set.of());
  }

  private static java.util.Map<String, Set<String>> variants() {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    for (String line : HintText.resourceLines("name-variants.txt")) {
      List<String> group = Tokens.split(Tokens.fold(line));
      String formal = group.get(0);
      for (String form : group.subList(1, group.size())) {
        out.computeIfAbsent(formal, k -> new HashSet<>()).add(form);
        out.computeIfAbsent(form, k -> new HashSet<>()).add(formal);
      }
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return java.util.Map.copyOf(out);
  }

  /**
   * The one name nearest to {@code word}, if exactly one is nearest: first another form of it
   * ({@link #VARIANTS}: "Susan" for Sue, "Neve" for Niamh), then a name spelt for the same sound
   * ({@link #sound}: "Aneel" for Anil, "Gallager" for Gallagher), then one within reach of a few
   * edits.
   */
  static Optional<String> nearest(String word, Set<String> names) {
    Set<String> forms = VARIANTS.getOrDefault(word, Set.of());
    List<String> variant = names.stream().filter(forms::contains).distinct().toList();
    if (!variant.isEmpty()) {
      return variant.size() == 1 ? Optional.of(variant.get(0)) : Optional.empty();
    }
    if (word.length() < MIN_LETTERS) {
      return Optional.empty();
    }
    String sound = sound(word);
    List<String> alike =
        names.stream().filter(n -> !n.equals(word) && sound(n).equals(sound)).distinct().toList();
    if (!alike.isEmpty()) {
      return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
    }
    int reach = word.length() <= 5 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String name : names) {
      int d =
          name.startsWith(word) && name.length() > word.length()
              ? reach // the start of a longer name: as near as the farthest edit allowed
              : distance(word, name, reach);
      if (d > reach || d == 0) {
        continue;
      }
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !name.equals(best)) {
        tie = true;
      }
    }
    return best == null || tie ? Optional.empty() : Optional.of(best);
  }

  /**
   * The optimal string alignment distance of {@code a} and {@code b} (insertions, deletions,
   * substitutions and swaps of two neighbouring letters), or {@code reach + 1} when it is more than
   * {@code reach}.
   */
  static int distance(String a, String b, int reach) {
    if (Math.abs(a.length() - b.length()) > reach) {
      return reach + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[a.length()][b.length()], reach + 1);
  }

  /**
   * A folded name as it sounds, roughly: doubled letters said once ("Morrag", "Rhianne"), "ph" as
   * f, "gh" as g ("Gallager"), c before a, o or u as k ("Catherine", "Katherine"), "ee", "ea" and
   * an inner "ie" as i ("Aneel"), and a closing silent e after a consonant dropped; names that only
   * rhyme stay apart ("Jake" and "Jack", "Marie" and "Mary").
   */
  static String sound(String folded) {
    String s =
        folded
            .replace("ph", "f")
            .replace("gh", "g")
            .replaceAll("c(?=[aou])", "k")
            .replaceAll("ee|ea|ie(?!$)", "i")
            .replaceAll("(.)\\1+", "$1")
            .replaceAll("(?<=[^aeiouy])e$", "");
    return s.replaceAll("(.)\\1+", "$1");
  }

  private static String capitalised(String folded) {
    return Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
  }
}
