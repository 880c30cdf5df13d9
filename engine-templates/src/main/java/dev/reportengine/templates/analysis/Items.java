package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds next steps, action items, decisions, open questions and risks in every sentence by the
 * language's phrase patterns ({@code items.txt}; the first pattern that matches a sentence decides
 * its kind), with the owner, due phrase and commitment described on {@link Item}.
 */
public final class Items {

  private static final List<String> SELF =
      List.of("i'll", "i will", "i'm going to", "i am going to", "let me", "i can");
  private static final List<String> TEAM =
      List.of("we'll", "we will", "we're going to", "let's", "we can");
  private static final List<String> ADDRESSEE =
      List.of("you'll", "you will", "can you", "could you", "would you");

  private Items() {}

  /** Every item in {@code media}, in time order. */
  public static List<Item> of(Media media, LanguagePack language) {
    Lexicon tentative = language.lexicon("tentative-markers");
    List<Item> items = new ArrayList<>();
    String lastSpeaker = null;
    String otherSpeaker = null;
    for (Utterance u : media.utterances()) {
      if (lastSpeaker != null && !lastSpeaker.equals(u.entityId())) {
        otherSpeaker = lastSpeaker;
      }
      for (String sentence : Sentences.split(u.text())) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (LanguagePack.ItemPattern p : language.itemPatterns()) {
          if (p.pattern().matcher(lower).find()) {
            Excerpt quote = new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), sentence);
            List<String> words = Tokens.words(sentence);
            boolean committed =
                !Sentences.isQuestion(sentence) && words.stream().noneMatch(tentative::contains);
            items.add(
                new Item(
                    p.kind(),
                    quote,
                    owner(media, sentence, u.entityId(), otherSpeaker),
                    due(sentence, language.duePatterns()),
                    committed));
            break;
          }
        }
      }
      lastSpeaker = u.entityId();
    }
    return List.copyOf(items);
  }

  private static Optional<String> owner(
      Media media, String sentence, String speaker, String otherSpeaker) {
    String lower = " " + String.join(" ", Tokens.words(sentence)) + " ";
    for (Entity e : media.entities()) {
      Optional<String> first =
          e.label().map(l -> l.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
      if (first.isPresent()
          && first.get().length() > 1
          && (lower.contains(" " + first.get() + " will ")
              || lower.contains(" " + first.get() + "'ll ")
              || lower.contains(" " + first.get() + " can you "))) {
        return Optional.of(e.id());
      }
    }
    if (contains(lower, SELF) || contains(lower, TEAM)) {
      return Optional.of(speaker);
    }
    if (contains(lower, ADDRESSEE)) {
      return Optional.ofNullable(otherSpeaker);
    }
    return Optional.empty();
  }

  private static boolean contains(String lower, List<String> phrases) {
    return phrases.stream().anyMatch(p -> lower.contains(" " + p + " "));
  }

  private static Optional<String> due(String sentence, List<Pattern> patterns) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }
}
