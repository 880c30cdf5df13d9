package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Second reader 23: competitor contexts and objection phrasings of the session, probed. */
class SecondReader23FindingsTest {

  private static SalesFacts buyerSays(String sentence) {
    Media call =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "So tell me how things work today.")
            .says("ben", 6, 12, sentence)
            .build();
    ConversationAnalysis a = new ConversationAnalysis(call, call.entities().get(0));
    return SalesFacts.of(a, SalesPlaybookTemplate.builtIn(a, "generic"), List.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We had Ofsted in last month and it went fine.",
        "We had Sophie out on the road for a week.",
        "Tom came in at seven to open up.",
        "Jamie came back on Monday after his operation.",
        "I tried Dave twice yesterday but his phone was off.",
        "All the leave gets booked through Karen in the office.",
        "The parcels are sent via Royal Mail.",
        "They use Manchester as their main depot.",
        "I had a look at the Leeds figures this morning.",
        "Sales were twelve percent up last quarter.",
        "Leeds are two points clear at the top.",
        "We ran a trial with Greggs last spring and they rolled it out everywhere.",
        "The demo from Rachel on your team was really useful.",
      })
  void findsNoCompetitorIn(String sentence) {
    assertThat(buyerSays(sentence).competitors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That's fine, and I don't think you have to send anything else.",
        "Two sessions is plenty, that's more than enough, and they can always book another.",
      })
  void findsNoCompetitorObjectionIn(String sentence) {
    assertThat(buyerSays(sentence).objections())
        .noneMatch(o -> Objections.typeOf(o).equals("competitor"));
  }
}
