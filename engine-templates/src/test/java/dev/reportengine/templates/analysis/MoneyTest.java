package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences that state an amount of money, in digits or in words, and those that do not. */
class MoneyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We pay them about $3,800 a month, all in.",
        "Our list price is forty-two dollars per technician per month.",
        "There's a one-off onboarding fee of four thousand five hundred dollars.",
        "We pay about nineteen hundred a month today.",
        "We have a line of about thirty thousand a year for this.",
        "If you sign for two years we take ten percent off the seat price.",
        "They quoted 29 per seat.",
        "That's about twenty percent more.",
        "As long as implementation doesn't go above the eight thousand you quoted.",
        "It's eight thousand less the ten percent, so seven thousand two hundred.",
        "Onboarding is about two thousand on top.",
        "There's a set-up fee of 1,800 for the cages and the first delivery.",
        "We could look at the nightly rates, maybe eight percent if you commit.",
        "Forty-five, that's a good chunk more than we pay the current firm.",
        "Seventy-two and a bit, give or take.",
        "Their rival came in at just under forty thousand.",
        "We have a line for cleaning, twenty thousand, and we always go over it.",
        "So we're overspending by three thousand already.",
        "And I might be able to knock half off the install on top of that.",
        "We could knock a quarter off the price if you sign this week.",
        "There was a setup fee as well, I think nine thousand.",
        "The trustees have set aside forty thousand for the refit.",
        "Anything over fifteen thousand goes to the board.",
        "They were one ninety a site, and they threw in the training.",
        "We could do two hundred and ten per licence.",
        "So roughly forty thousand over the whole contract.",
        "There's only about six thousand left in the pot.",
        "Their quote came in at a thousand and forty a house.",
        "I could take five per cent off the list price.",
        "Which comes to a hundred and twelve thousand and change a year.",
        "I've got the software line at a hundred and five thousand.",
        "The list price is going up nine percent in April.",
        "You're already about eight thousand under the current spend.",
        "Our budget is a hundred and five.",
        "That's twenty thousand plus a year per van.",
        "I can sign off up to twenty-five thousand.",
        "Anything over a hundred thousand goes to cabinet.",
        "There's forty thousand in the transformation fund for this.",
        "Sixty stations is, what, thirty-eight thousand and change.",
        "There's about sixty thousand in the capital plan for water this year.",
        "So the first year is about twelve thousand, give or take.",
        "The renewal I sent over was three thousand eight hundred and fifty.",
        "A new keg is about a hundred and twenty quid now.",
        "It's ninety pence per cask per year for the tags.",
        "There's about fifteen thousand in the capital budget for the yard.",
        "Kieran said they were about seven and a half all in.",
        "Three readers, and the setup at fifteen hundred if you sign in August.",
        "And for the other two, you're on about eleven hundred and forty with us, aren't you?",
        "Fifteen ninety for three sites.",
        "Fifteen ninety times twelve, that's nineteen thousand and eighty, so yes.",
        "We pay about forty thousand rupees a quarter for it.",
        "It came to twelve hundred francs, give or take.",
        "Last year it was about fourteen thousand, all in.",
        "Repeated text is charged at forty percent of that.",
      })
  void findsAmountsInDigitsAndWords(String sentence) {
    assertThat(Money.statesAmount(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That line does about four thousand loaves an hour.",
        "Our delivery rate is back to about ninety-nine percent.",
        "Honestly, the cost is what worries me.",
        "Can we talk about pricing?",
        "That feels expensive.",
        "We have 140 technicians across two regions.",
        "We lose nine billable hours a week per region.",
        "Ninety percent of our calls come in before noon.",
        "We handle about nine thousand invoices a month.",
        "The fee covers all twelve sites.",
        "We pay attention to the three hundred or so complaints we get.",
        "The team grew to two hundred people.",
        "We need three a site, so nine in all.",
        "There are two per room.",
        "About forty per cent of them never reply.",
        "We've got four thousand two hundred members now.",
        "Our churn rate is about five percent.",
        "Thirty-five, give or take.",
        "It came in at just over two hundred responses.",
        "Customer retention goes up by about fifteen percent in the first year.",
        "Headcount is going up ten percent next year.",
        "Our support line handles about two thousand calls a month.",
        "We can authorise access to two hundred people on day one.",
        "We had a thousand and forty applicants for that role.",
        "We sat down for two hundred.",
        "They're all in, the whole team of forty.",
        "It's charged at the end of the month.",
        "So the same crops on fifteen percent less water, from July.",
      })
  void leavesOutSentencesWithoutAnAmount(String sentence) {
    assertThat(Money.statesAmount(sentence)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void triesThePatternOnEveryNumberWordAndDigitButNotOnASentenceWithNeither() {
    String alternatives = Money.NUMBER_WORD.substring(3, Money.NUMBER_WORD.length() - 1);

    for (String word : alternatives.split("\\|")) {
      assertThat(Money.mayHoldNumber(word)).as(word).isTrue();
    }
    assertThat(Money.mayHoldNumber("they quoted 29 per seat.")).isTrue();
    assertThat(Money.mayHoldNumber("can we talk about pricing?")).isFalse();
    assertThat(Money.mayHoldNumber("that feels expensive.")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void readsAHostileRunOfNumberWordsWithoutRecursingPerWord() {
    String run = "one ".repeat(50_000);

    assertThat(Money.statesAmount("The fee is " + run + "apples.")).isFalse();
    assertThat(Money.statesAmount("Anything over " + "twenty-one ".repeat(50_000) + "goes."))
        .isFalse();
    assertThat(Money.statesAmount(run + "thousand dollars")).isTrue();
  }
}
