package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrasing families of each objection type, and sentences that raise none. */
class ObjectionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "That's well above what we pay today.|price",
        "So I'd want to understand why you're dearer.|price",
        "That's my worry, to be honest.|fit",
        "My worry is something else.|fit",
        "So that's seventeen thousand in the first year, against a budget of twelve.|price",
        "Their fundraising side looked a lot better, so that's the bar you're up against.|competitor",
        "I am not changing box office systems between the autumn on-sale and Christmas.|timing",
        "Honestly, it's a lot more expensive than I thought.|price",
        "Honestly that is more than we're paying for Relay.|price",
        "That's outside our budget for this year.|price",
        "I'm not sure the board will see why we'd pay triple for the same dots on a map.|price",
        "Five years is a long time for us.|timing",
        "It's out of our price range, to be honest.|price",
        "That feels a bit rich for a team our size.|price",
        "Relay does that already and it's cheaper.|competitor",
        "Pathwise quoted us less, so why would we pay you more?|competitor",
        "We also got a quote from Pathwise last month.|competitor",
        "I'd need to run it by our CFO first.|authority",
        "I can recommend it, but I can't sign anything off myself.|authority",
        "Honestly I couldn't approve it off my own bat.|authority",
        "Our data is in an odd format and I'm not sure you'd be able to import it.|fit",
        "I'd have to talk to my director about this.|authority",
        "I'm not the one who decides on tools here.|authority",
        "My boss has the final say on anything like this.|authority",
        "We can't do anything new this quarter, it's not the right time.|timing",
        "Maybe we revisit this next year once things settle.|timing",
        "We're locked in until the end of June anyway.|timing",
        "Honestly, I need something closer to twenty percent off.|price",
        "That's still a long way from what we pay.|price",
        "My team is buried in audit prep through August.|timing",
        "Nobody in the kitchens has any bandwidth for a rollout before then.|timing",
        "I can't sign anything like this myself, it has to go to the owners.|authority",
        "August is our busiest month, I've not got anyone spare to tag the casks.|timing",
        "If the drivers filled in the notes properly, we wouldn't need any of this.|need",
        "I can't sign a three-year deal on my own anyway.|authority",
        "Can I push back on the timing a bit as well, though?|timing",
        "Why not just go with Tagwell and save four hundred a month?|competitor",
        "It's still more than Tagwell.|competitor",
        "Which is more than Tagwell in the first year.|competitor",
        "And Tagwell came back last week at eighty dollars a seat.|competitor",
        "So we'd be paying a lot more to stay with you.|price",
        "I'm not sure we need a whole new platform.|need",
        "The spreadsheet works well enough for us right now.|need",
        "We manage fine with the spreadsheet at the moment.|need",
        "It feels like overkill for us at this stage.|fit",
        "It doesn't support the way we schedule shifts.|fit",
        "Honestly, that number makes me nervous.|price",
        "We pay forty a seat today, and you're asking for more per seat.|price",
        "That comes to about thirty-two thousand a year, which is over my limit.|authority",
        "I can't take a two-year commitment to her as it stands.|authority",
        "Honestly, this quarter is brutal for us.|timing",
        "I'm not convinced the Leeds team needs the approvals module.|need",
        "We've managed fine with the basic routing so far.|need",
        "I'm not sure your setup fits how we book reverse-charge invoices.|fit",
        "Tallybook does most of what Rotterdam needs already.|competitor",
        "Could you get anywhere near forty a seat?|price",
        "Is there any room on the price if we sign for two years?|price",
        "Half our drivers don't have smartphones, so an app-only clock-in is a non-starter.|fit",
        "Not having an offline mode would be a deal-breaker for the depots.|fit",
        "That's four times what we spend now, and I can't see the partners paying it.|price",
        "I can't agree to a three-year term without the trustees.|authority",
        "To be fair, December is the worst time to be changing systems.|timing",
        "So we're talking about two thousand a year more, before the set-up fee.|price",
        "The county has its own supplier framework, and I'm not sure you're on it.|fit",
        "Brightwash quoted twelve a room, and that includes towels, which yours doesn't.|competitor",
        "They came in at nine hundred a month with support.|competitor",
        "Part of me wonders whether we really need a booking system at all.|need",
        "Neither Joan nor I can sign this off, however keen we are.|authority",
        "I'd rather not change anything before the audit in March.|timing",
        "I can shortlist you, but anything over ten thousand needs Colin's signature.|authority",
        "Crisply showed us the same app, so that on its own isn't going to swing it.|competitor",
        "We've also had a proposal from Tidewell, they do the east site already.|competitor",
        "Fifty-eight is not so much less than what Crisply charge.|price",
        "I can't just award this to you off the back of one proposal.|authority",
        "Signing before the summer is going to be very tight.|timing",
        "Even the lower figure is a substantial increase on what we spend now.|price",
        "With Christmas coming, this is not the ideal moment to change suppliers.|timing",
        "The site managers will tell you the clipboards already do that job.|need",
        "Hang on, that's nearly two grand a year before we've saved a penny.|price",
        "To be honest, Northwind came in a fair bit under that.|competitor",
        "Why would we even need a tool to tell us that?|need",
        "Though honestly, October is the worst possible month to start anything new.|timing",
        "That's a twelve percent jump for exactly the same service.|price",
        "I'll be honest, we've had a look around.|competitor",
        "Anything over five thousand has to go to the trustees, and they meet in March.|authority",
        "So even your best price is still over our line.|price",
        "Honestly, I'm still not totally sure we need a whole new system.|need",
        "This would be over that, so it goes to Alan.|authority",
        "Though, to be fair, the timing isn't great.|timing",
        "I'm less sure about them picking jobs correctly, to be honest.|fit",
        "So half my fleet can't run it.|fit",
        "Also we can't do anything big once it heats up.|timing",
        "So I'll make the recommendation, but Hank signs.|authority",
        "I'll be straight with you, FieldNimbus came in at thirty-nine a tech.|competitor",
        "Honestly, sixty pounds a unit more than Brightline is a hard sell internally.|price",
        "At your rate we're right on the edge of the budget.|price",
        "They know our sites, and there's a lot to be said for that.|competitor",
        "My worry is more practical, your depot's two hours away.|fit",
        "Switching suppliers two weeks before the busy season makes me nervous.|timing",
        "Ten percent on top, after that outage, is a really tough sell here.|price",
        "That's over my ninety thousand.|price",
        "I still need a number the trustees will sign.|price",
        "I'd need Dr Osei to see it that way.|authority",
        "I'm not sure the partners will go for a five-year term.|authority",
        "I'm a bit worried the drivers won't like it, though.|fit",
        "Honestly, Routeway's demo looked pretty similar to yours.|competitor",
        "She'll put your number right next to the Routeway quote.|competitor",
        "I'm not rolling out anything new to the warehouse in December, that's our peak.|timing",
        "Ninety pence, that's quite a bit above Brightwash, isn't it?|price",
        "And the setup fee, I'll be honest, that's going to be a hard sell.|price",
        "Not in March, we're flat out on the Easter orders.|timing",
        "That's a big number for us, I'm not going to pretend otherwise.|price",
        "And honestly, their dashboard looked cleaner than anything I've seen.|competitor",
        "I'm not convinced the sensors buy us much on the sandy fields.|need",
        "So twelve pounds a carer, and theirs is six fifty. That's nearly double.|price",
        "You're three times that.|price",
        "That's nearly double.|price",
      })
  void typesThePushback(String sentence, String type) {
    assertThat(Objections.type(sentence)).contains(type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Price isn't a problem for us.",
        "She'd enjoy that far too much.",
        "Honestly, they're more expensive than you, to be fair.",
        "It's more expensive to keep doing it all by hand, we lose ten hours a week.",
        "Last season we came in at nine thousand against a budget of twelve, so there's room.",
        "I'm not switching off the old system until the new one's fully live, obviously.",
        "My worry is sorted now that you've shown me the export.",
        "Is that your worry?",
        "The cost is not really a concern.",
        "Peak season.",
        "I doubt we need all thirty minutes.",
        "We pay about four thousand a month today.",
        "I'll check with IT about single sign-on.",
        "Our team is growing fast this year.",
        "Okay, two years could work, I'd have to run it past Bea.",
        "That sounds fair, I'd need to run it by finance.",
        "Our CFO is buried in budget season this week, so she may join for the last ten minutes.",
        "So that's only twenty quid a month more than we pay today.",
        "Oh, the server's not happening, Dylan said we don't need it in the cloud.",
        "The timing is great for us, actually.",
        "I'm sure we need it.",
        "A new van makes me nervous on those roads.",
        "There's a lot to be said for the new layout, it works.",
        "Your app is simple, and there's a lot to be said for that.",
        "You quoted us eight hundred per site last year.",
        "They quoted us forty pounds per van per month, on a two-year term.",
        "Clockwell came in at three pounds fifty per employee per month, with no setup fee.",
        "We've grown quite a bit over the last year.",
        "At this rate, we're over time already.",
        "Today's demo was the same as the one we saw last week.",
        "You'll see the discount right next to the list price on the invoice.",
        "I'd need you to sign the order form by Friday.",
        "Not sure my kids would go for that.",
        "That's our busiest location, so it's a great place to pilot.",
        "We're flat out at the moment, which is exactly why we need this.",
        "That's twice a day for the loader, and it's not the bit that's killing us.",
      })
  void findsNoObjectionIn(String sentence) {
    assertThat(Objections.type(sentence)).isEmpty();
  }

  /** The objections of a call where Ana sells and Ben, the buyer, says {@code sentences}. */
  private static List<Finding> said(String... sentences) {
    return saidAmong(List.of(), sentences);
  }

  /** {@link #said} with {@code competitors} found in the call. */
  private static List<Finding> saidAmong(List<String> competitors, String... sentences) {
    MediaBuilder call =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "So how would a switch land with your team?");
    int at = 6;
    for (String s : sentences) {
      call.says("ben", at, at + 5, s);
      at += 6;
    }
    Media media = call.build();
    return Objections.of(new ConversationAnalysis(media, media.entities().get(0)), competitors);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "July and August are our busiest months, I don't love switching systems in the middle of"
            + " that.|timing",
        "Alan would have to sign off, though, he's got a veto on anything clinical.|authority",
      })
  void takesAPushbackNoRuleTypesFromTheClassifierWithItsTypeScoreAndTerms(
      String sentence, String type) {
    assertThat(Objections.type(sentence)).isEmpty();
    assertThat(said(sentence))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.rule()).isEqualTo("objection.classifier");
              assertThat(Objections.typeOf(o)).isEqualTo(type);
              assertThat(o.score())
                  .hasValueSatisfying(
                      p -> assertThat(p).isGreaterThanOrEqualTo(Objections.LEARNED));
              assertThat(o.details()).containsKey("terms");
            });
  }

  @Test
  void takesNoObjectionFromTheClassifierInAQuestionANegationOrSmallTalk() {
    assertThat(
            said(
                "Would July and August be a problem, with them being your busiest months?",
                "July and August aren't a problem for us, switching systems then is fine.",
                "We had a lovely walk along the harbour at the weekend with the dogs.",
                "I'm not sure we need the full hour, to be honest, we've covered most of it."))
        .isEmpty();
  }

  @Test
  void takesNoAuthorityObjectionFromTheClassifierThatNamesNobodyWhoSigns() {
    String screen = "Like, I can't hardly see what's even on the screen.";
    assertThat(said(screen))
        .noneSatisfy(o -> assertThat(Objections.typeOf(o)).isEqualTo("authority"));
  }

  @Test
  void takesACompetitorComparedOrItsOfferAsACompetitorObjection() {
    assertThat(
            saidAmong(
                List.of("Tasklane"),
                "And Tasklane's screens looked simpler for the girls, bigger buttons.",
                "And Tasklane said they'd throw the training in as well.",
                "That's less than Tasklane, so that helps.",
                "Tasklane's reporting isn't a worry for us either way."))
        .extracting(o -> o.quote().orElseThrow().text())
        .containsExactly(
            "And Tasklane's screens looked simpler for the girls, bigger buttons.",
            "And Tasklane said they'd throw the training in as well.");
    assertThat(
            saidAmong(
                List.of("Tasklane"),
                "And Tasklane's screens looked simpler for the girls, bigger buttons."))
        .singleElement()
        .satisfies(o -> assertThat(o.rule()).isEqualTo("objection.competitor_named"));
  }

  /** The objections of a call where Ana (the seller) answers each of Ben's turns as given. */
  static List<Finding> answered(String... turns) {
    MediaBuilder call =
        MediaBuilder.conversation().entity("ana", "Ana Ruiz").entity("ben", "Ben Okoro");
    int at = 0;
    for (int i = 0; i < turns.length; i++) {
      call.says(i % 2 == 0 ? "ben" : "ana", at, at + 5, turns[i]);
      at += 6;
    }
    Media media = call.build();
    return Objections.of(new ConversationAnalysis(media, media.entities().get(0)), List.of());
  }

  @Test
  void takesTheBuyersLastSentenceTheSellerGrantsAsAnObjection() {
    String grantedLast = "After the last vendor I'm a little allergic to long contracts.";
    assertThat(Objections.type(grantedLast)).isEmpty();
    assertThat(
            answered(
                "We signed with someone for five years once. " + grantedLast,
                "Yeah, no, that's completely fair. We can do it year by year."))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.quote().orElseThrow().text()).isEqualTo(grantedLast);
              assertThat(o.rule()).isEqualTo("objection.granted");
              assertThat(Objections.types()).contains(Objections.typeOf(o));
            });
  }

  @Test
  void takesNoObjectionFromAPlainAcknowledgementOrAGrantedNegation() {
    assertThat(
            answered(
                "After the last vendor I'm a little allergic to long contracts.",
                "Understood. We can do it year by year.",
                "The long contract isn't a problem for us this time round, honestly.",
                "That's fair, thank you."))
        .isEmpty();
  }
}
