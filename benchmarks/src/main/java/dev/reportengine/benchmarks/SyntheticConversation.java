package dev.reportengine.benchmarks;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A deterministic, generated conversation of a given length for benchmarks: speakers take turns of
 * one to four sentences drawn from a fixed pool of sales-call sentences, at about 150 words per
 * minute. The same seed gives the same conversation.
 */
final class SyntheticConversation {

  private static final String[] SENTENCES = {
    "How does your team handle reporting today?",
    "We export the dispatch data every morning and build the dashboards by hand.",
    "That takes about three hours a day across two depots.",
    "What would it mean for you if those reports were ready at eight?",
    "Our analytics platform connects to the dispatch system directly.",
    "The pilot usually runs for four weeks with one depot.",
    "Who else would need to sign off on a project like this?",
    "Our finance director reviews anything above twenty thousand.",
    "Pricing depends on the number of dispatchers and the data volume.",
    "Could you walk me through last quarter's delivery delays?",
    "Most delays came from late route changes that nobody saw in time.",
    "We alert the dispatcher the moment a route slips by ten minutes.",
    "I like that, but onboarding has been painful with other vendors.",
    "We assign an onboarding lead and the first dashboards ship in a week.",
    "Let me check with the operations team and come back to you.",
    "Shall we book a follow-up call for Thursday to review the proposal?"
  };

  private SyntheticConversation() {}

  /** A conversation of about {@code minutes} minutes between {@code speakers} people. */
  static Media generate(String id, int minutes, int speakers, long seed) {
    Random random = new Random(seed);
    List<Entity> entities = new ArrayList<>();
    for (int i = 1; i <= speakers; i++) {
      entities.add(Entity.of("speaker-" + i, "Speaker " + i));
    }
    List<Utterance> utterances = new ArrayList<>();
    double t = 0;
    int previous = -1;
    while (t < minutes * 60.0) {
      int who = random.nextInt(speakers);
      if (who == previous) {
        who = (who + 1) % speakers;
      }
      previous = who;
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        text.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      double seconds = text.toString().split(" ").length / 2.5;
      utterances.add(Utterance.of(entities.get(who).id(), t, t + seconds, text.toString()));
      t += seconds + 0.3 + random.nextDouble();
    }
    return new Media(id, t, Optional.empty(), Optional.of("en"), entities, utterances, List.of());
  }
}
