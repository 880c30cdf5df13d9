package dev.reportengine.core.internal.target;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code magic_hint}, first version: matches the hint against entity labels and ids, case and
 * accent insensitive. An exact match of the whole label or id wins (confidence 1); otherwise the
 * entity sharing the most name words with the hint wins if it is the only one with that many
 * (confidence 0.8). Anything else is a miss that lists the candidates.
 */
public final class MagicHintResolver implements TargetResolver {

  private static final Set<String> FILLER =
      Set.of("the", "a", "an", "mr", "mrs", "ms", "dr", "from", "of", "at", "person", "speaker");

  @Override
  public TargetStrategy strategy() {
    return TargetStrategy.MAGIC_HINT;
  }

  @Override
  public Resolution resolve(ResolutionContext context) {
    String hint =
        context
            .target()
            .hint()
            .orElseThrow(() -> new IllegalArgumentException("magic_hint strategy without a hint"));
    String wanted = normalize(hint);
    List<Entity> entities = context.media().entities();
    for (Entity e : entities) {
      if (wanted.equals(normalize(e.displayName())) || wanted.equals(normalize(e.id()))) {
        return new Resolution.Found(
            e, 1.0, "exact_name", List.of(Evidence.of("hint equals " + describe(e))));
      }
    }
    Set<String> hintWords = words(wanted);
    int best = 0;
    List<Entity> winners = new ArrayList<>();
    for (Entity e : entities) {
      Set<String> nameWords = words(normalize(e.displayName()));
      int shared = (int) hintWords.stream().filter(nameWords::contains).count();
      if (shared > best) {
        best = shared;
        winners.clear();
      }
      if (shared == best && shared > 0) {
        winners.add(e);
      }
    }
    if (winners.size() == 1) {
      Entity e = winners.get(0);
      return new Resolution.Found(
          e,
          0.8,
          "partial_name",
          List.of(Evidence.of("hint shares " + best + " name word(s) with " + describe(e))));
    }
    String candidates =
        entities.stream().map(MagicHintResolver::describe).collect(Collectors.joining(", "));
    return new Resolution.Miss(
        winners.isEmpty()
            ? "no entity's name matches the hint [" + hint + "]; entities: " + candidates
            : "the hint ["
                + hint
                + "] matches several entities equally: "
                + winners.stream()
                    .map(MagicHintResolver::describe)
                    .collect(Collectors.joining(", ")));
  }

  private static String describe(Entity e) {
    return e.label().map(l -> l + " [" + e.id() + "]").orElse("[" + e.id() + "]");
  }

  private static Set<String> words(String normalized) {
    return Arrays.stream(normalized.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 1 && !FILLER.contains(w))
        .collect(Collectors.toSet());
  }

  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .trim()
        .replaceAll("\\s+", " ");
  }
}
