package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import java.util.List;

/** Applies one rule and reads its result, for the per-rule tests. */
final class RuleTesting {

  private RuleTesting() {}

  static RuleResult apply(HintRule rule, Media media, String hint) {
    return rule.apply(HintText.of(hint), new HintConversation(media));
  }

  /** The id of the best-scored entity; fails when nobody was scored. */
  static String top(RuleResult result) {
    assertThat(result.scored()).as("scored entities").isNotEmpty();
    return result.scored().get(0).entity().id();
  }

  static List<String> ids(RuleResult result) {
    return result.scored().stream().map(s -> s.entity().id()).toList();
  }
}
