package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.text.Tokens;
import org.junit.jupiter.api.Test;

/** One vocabulary of being in charge, read by the role and topic rules. */
class InChargeTest {

  @Test
  void opensADescriptionWithAnInChargeVerbInThePresent() {
    assertThat(InCharge.opens(Tokens.split("looks after the fleet"))).isTrue();
    assertThat(InCharge.opens(Tokens.split("heads up quality"))).isTrue();
    assertThat(InCharge.opens(Tokens.split("oversees the kitchens"))).isTrue();
    assertThat(InCharge.opens(Tokens.split("look at the fleet"))).isFalse();
    assertThat(InCharge.opens(Tokens.split("head"))).isFalse();
    assertThat(InCharge.opens(Tokens.split("the fleet"))).isFalse();
  }

  @Test
  void saysASentencesWayOfBeingInChargeAsRuns() {
    assertThat(InCharge.asRuns("I look after the fleet and oversaw the move."))
        .isEqualTo("I runs the fleet and runs the move.");
    assertThat(InCharge.asRuns("I'm in charge of rotas, and I manage the bar."))
        .isEqualTo("I'm runs rotas, and I runs the bar.");
    assertThat(InCharge.asRuns("Our night lead handles it."))
        .isEqualTo("Our night lead handles it.");
  }

  @Test
  void readsAHintsManageAndOverseeAsRun() {
    assertThat(InCharge.asRun("manag")).isEqualTo("run");
    assertThat(InCharge.asRun("oversaw")).isEqualTo("run");
    assertThat(InCharge.asRun("fleet")).isEqualTo("fleet");
  }
}
