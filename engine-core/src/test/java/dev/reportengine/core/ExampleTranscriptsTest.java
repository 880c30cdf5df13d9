package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.media.testing.RepoFiles;
import org.junit.jupiter.api.Test;

class ExampleTranscriptsTest {

  private final MediaSource examples = MediaSources.directory(RepoFiles.root().resolve("examples"));

  private Media load(String id) {
    return examples.load(new MediaQuery(id)).orElseThrow();
  }

  @Test
  void loadsDiscoveryCallWithSellerAndBuyer() {
    Media call = load("discovery-call");

    assertThat(call.entities())
        .extracting(Entity::displayName)
        .containsExactly("Maria Lopez", "Sam Patel");
    assertThat(call.entity("maria").orElseThrow().attributes())
        .containsEntry("role", "seller")
        .containsEntry("company", "Northwind Analytics");
    assertThat(call.entity("sam").orElseThrow().attributes())
        .containsEntry("role", "buyer")
        .containsEntry("company", "Contoso Logistics");
    assertThat(call.utterances()).hasSizeBetween(40, 60);
    assertThat(call.utterances()).filteredOn(u -> !u.words().isEmpty()).hasSizeBetween(2, 5);
    assertThat(call.durationSeconds()).isBetween(330.0, 400.0);
    assertThat(call.language()).contains("en");
  }

  @Test
  void loadsHiringInterviewWithTwoVoicesInLastCue() {
    Media interview = load("hiring-interview");

    assertThat(interview.entities())
        .containsExactly(
            Entity.of("dana-brooks", "Dana Brooks"), Entity.of("alex-kim", "Alex Kim"));
    assertThat(interview.utterances()).hasSize(37);
    Utterance thanks = interview.utterances().get(35);
    Utterance closing = interview.utterances().get(36);
    assertThat(thanks.entityId()).isEqualTo("alex-kim");
    assertThat(closing.entityId()).isEqualTo("dana-brooks");
    assertThat(thanks.endSeconds()).isEqualTo(closing.startSeconds());
    assertThat(interview.durationSeconds()).isCloseTo(300.0, within(30.0));
  }

  @Test
  void loadsStandupWithMarkupLikeTextKeptVerbatim() {
    Media standup = load("team-standup");

    assertThat(standup.entities()).hasSize(4);
    assertThat(standup.utterances())
        .extracting(Utterance::text)
        .anyMatch(
            t ->
                t.contains("# heading")
                    && t.contains("[link](http://x)")
                    && t.contains("<script>"));
    assertThat(standup.durationSeconds()).isBetween(180.0, 240.0);
  }
}
