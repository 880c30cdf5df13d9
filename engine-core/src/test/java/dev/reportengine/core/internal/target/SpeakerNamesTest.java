package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names for anonymous speakers from introductions and addresses, and the names never given. */
class SpeakerNamesTest {

  static TestMedia anonymous() {
    return TestMedia.named("m")
        .entity("speaker-0", "Speaker 0")
        .entity("speaker-1", "Speaker 1")
        .entity("speaker-2", "Speaker 2");
  }

  @Test
  void namesASpeakerWhoIntroducesThemselvesAndKeepsTheEvidence() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Hi all, I'm Priya Shah, I run operations here.")
            .says("speaker-1", 6, 9, "Morning.")
            .build();

    List<SpeakerNames.Inferred> names = SpeakerNames.infer(media);

    assertThat(names).hasSize(1);
    assertThat(names.get(0).entityId()).isEqualTo("speaker-0");
    assertThat(names.get(0).name()).isEqualTo("Priya Shah");
    assertThat(names.get(0).rule()).isEqualTo("self_introduction");
    assertThat(names.get(0).text()).isEqualTo("Hi all, I'm Priya Shah, I run operations here.");
    assertThat(SpeakerNames.apply(media, names).entity("speaker-0").flatMap(Entity::label))
        .contains("Priya Shah");
  }

  @Test
  void namesWhoAnswersToTheNameTheyAreCalledByAsTheCallStarts() {
    Media phone =
        anonymous()
            .says("speaker-0", 0, 4, "Hello, is that Rhian? It's Jonah Ashby from Waymark.")
            .says("speaker-1", 5, 9, "Yes, hiya, sorry, give me one second.")
            .build();
    Media stairs =
        anonymous()
            .says("speaker-0", 0, 4, "Niamh Gallagher? Hi, come on up.")
            .says("speaker-1", 5, 9, "Thanks. Hi.")
            .build();
    Media day =
        anonymous()
            .says("speaker-0", 0, 4, "Is that Tuesday?")
            .says("speaker-1", 5, 9, "Yes, the fourth.")
            .build();
    Media unanswered =
        anonymous()
            .says("speaker-0", 0, 4, "Hello, is that Rhian?")
            .says("speaker-1", 5, 9, "No, she's out, this is the office.")
            .build();

    assertThat(SpeakerNames.infer(phone))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .contains(org.assertj.core.groups.Tuple.tuple("speaker-1", "Rhian"));
    assertThat(SpeakerNames.infer(stairs))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Niamh Gallagher"));
    assertThat(SpeakerNames.infer(day)).isEmpty();
    assertThat(SpeakerNames.infer(unanswered)).isEmpty();
  }

  @Test
  void namesSomeoneIntroducedByAnotherWhoSpeaksNextForTheFirstTime() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Okay, let's make a start.")
            .says(
                "speaker-0",
                6,
                12,
                "For anyone who hasn't met him yet, this is Tobias Wren, who joined us from"
                    + " the night desk.")
            .says("speaker-1", 13, 18, "Hi everyone, glad to be here.")
            .build();

    List<SpeakerNames.Inferred> names = SpeakerNames.infer(media);

    assertThat(names).extracting(SpeakerNames.Inferred::entityId).containsExactly("speaker-1");
    assertThat(names.get(0).name()).isEqualTo("Tobias Wren");
  }

  @Test
  void namesSomeonePresentedAsOnTheCallWhoGreetsInTheirFirstTurn() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Morning, both. Thanks for making the time.")
            .says(
                "speaker-1",
                5,
                12,
                "Morning. So I'm Gareth, I run operations, and I've got Priya here with me, she's"
                    + " our technical manager.")
            .says("speaker-2", 13, 15, "Hi, hello.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Gareth"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Priya"));
  }

  @Test
  void namesSomeonePresentedWithAPostOfTheSpeakersSideWhoGreetsNext() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Morning Ewan, can you hear me okay?")
            .says("speaker-1", 5, 8, "Loud and clear, it's blowing a gale up here.")
            .says(
                "speaker-0",
                9,
                15,
                "Well, I've brought some company today. This is Ola Brekke, our solutions engineer.")
            .says("speaker-2", 16, 19, "Hi Ewan, good to meet you.")
            .says("speaker-1", 20, 22, "Hi Ola.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .filteredOn(n -> n.entityId().equals("speaker-2"))
        .extracting(SpeakerNames.Inferred::name)
        .containsExactly("Ola Brekke");
    assertThat(SpeakerNames.infer(media))
        .filteredOn(n -> n.entityId().equals("speaker-0"))
        .isEmpty();
  }

  @Test
  void takesNoSelfIntroductionFromSomeoneToldOfInTheThirdPerson() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 6, "Right, this is Lina Sayegh, who started on Monday.")
            .says("speaker-1", 7, 9, "Welcome aboard.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .filteredOn(n -> n.entityId().equals("speaker-0"))
        .isEmpty();
  }

  @Test
  void namesSomeoneSaidToBeWithTheSpeakerWhoGreetsNext() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                8,
                "I'm Beatrix Hollins, general manager here. And with me is Kwame Asante, our head of"
                    + " production.")
            .says("speaker-1", 9, 12, "Hi Tobias, good to meet you.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Beatrix Hollins"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Kwame Asante"));
  }

  @Test
  void keepsTheNameSomeoneGivesThemselvesOverTheOneTheyWerePresentedBy() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Hello Hamish, good to see you again.")
            .says("speaker-1", 5, 8, "You too. I've got Deb with me as well.")
            .says(
                "speaker-2",
                9,
                15,
                "Hi Niamh. Deborah Okafor, executive director, though nobody's called me Deborah"
                    + " since school.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .filteredOn(n -> n.entityId().equals("speaker-2"))
        .extracting(SpeakerNames.Inferred::name)
        .containsExactly("Deborah Okafor");
  }

  @Test
  void namesNoOnePresentedWhenTheNextSpeakerHasSpokenBefore() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Shall we start?")
            .says("speaker-1", 5, 8, "Yes. I've got Imran with me on Tuesday for the audit.")
            .says("speaker-0", 9, 12, "Hi, good, that helps.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void namesACallerWhoSaysWhoTheyAreBeforeAskingWhetherTheyAreHeard() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                5,
                "Hi, is that Jory? It's Hollis from ClearArc, can you hear me all right?")
            .says("speaker-1", 6, 9, "Loud and clear.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-0", "Hollis"));
  }

  @Test
  void takesNoNameFromACheckOfWhoIsSpeaking() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Hi there. It's Tom, right?")
            .says("speaker-1", 6, 9, "Yes, that's me.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void namesASpeakerAddressedByNameInTheOpeningOrTwiceLater() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Thanks for making the time, Marcus.")
            .says("speaker-1", 6, 9, "Happy to be here.")
            .says("speaker-2", 200, 205, "Marcus, can you share the numbers?")
            .says("speaker-1", 206, 210, "Sure.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Marcus"));
  }

  @Test
  void namesTheOneHandedTheFloorForAnItemOfTheAgendaWhoAnswersNext() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Right, a short one today, then we're done.")
            .says("speaker-1", 6, 9, "Suits me.")
            .says("speaker-2", 10, 12, "Me too.")
            .says("speaker-0", 13, 15, "Okay, so the boiler's fixed, good.")
            .says("speaker-1", 16, 18, "Finally.")
            .says("speaker-0", 200, 203, "Good. OK, Rhiannon, stock.")
            .says("speaker-2", 204, 210, "So stock is fine, we're low on tea.")
            .says("speaker-0", 211, 213, "Wow, okay.")
            .says("speaker-1", 214, 216, "Ideally, yes.")
            .says("speaker-0", 217, 219, "Brilliant, thanks.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-2", "Rhiannon"));
  }

  @Test
  void namesSpeakersWhoOpenWithTheirFullNameAndCompanyOrRole() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Great. Renata Okafor from Quillstone, for anyone new.")
            .says("speaker-1", 6, 9, "Tobias Lindqvist, I look after finance, and Jun's with me.")
            .says("speaker-2", 10, 14, "Hi, Jun Park, I run the accounts payable team.")
            .says("speaker-0", 15, 20, "Before Rotterdam, how has the first year felt for you?")
            .says("speaker-2", 21, 25, "Mostly good.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Renata Okafor"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Tobias Lindqvist"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Jun Park"));
  }

  @Test
  void namesALateJoinerGreetedByNameAndSomeoneOwningTheirIntroduction() {
    TestMedia media = anonymous().entity("speaker-3", "Speaker 3");
    for (int k = 0; k < 10; k++) {
      media.says("speaker-0", 100 + 10 * k, 104 + 10 * k, "Point " + k + " on the list.");
      media.says("speaker-1", 105 + 10 * k, 109 + 10 * k, "Fine by me.");
    }
    Media call =
        media
            .says("speaker-0", 300, 305, "This is our workforce lead.")
            .says("speaker-2", 306, 310, "That's me, Marcus, the one who builds the roster.")
            .says("speaker-3", 311, 315, "Sorry, the lift was stuck.")
            .says("speaker-0", 316, 320, "Kofi! No stress, you've not missed much.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Marcus"),
            org.assertj.core.groups.Tuple.tuple("speaker-3", "Kofi"));
  }

  @Test
  void aLateJoinersGreetingToSomeoneWhoIntroducedThemselvesIsNoVoteForTheSpeakerBefore() {
    Media call =
        anonymous()
            .says("speaker-0", 0, 4, "Hi, I'm Dagny Moss, I run partnerships at Tollard.")
            .says("speaker-1", 5, 9, "Morning. I'm Owain Pryce, facilities manager at Brenlow.")
            .says("speaker-2", 10, 14, "Sorry I'm late. Hi Dagny, I'm Ffion, I handle the budget.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Dagny Moss"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Owain Pryce"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Ffion"));
  }

  @Test
  void aFullNameMentionedWithALowerCaseDepartmentIsNoIntroduction() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Kevin Li from finance will have to sign off.")
            .says("speaker-1", 6, 9, "Kevin Li, as far as I know, is away.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void neverGivesASpeakerTheNameOfSomeoneOnlyTalkedAbout() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Kevin from finance will have to sign off.")
            .says("speaker-1", 6, 9, "I talked to Kevin yesterday, he's fine with it.")
            .says("speaker-0", 200, 205, "Great, so Kevin signs and we go.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void neverRenamesASpeakerWhoseLabelIsAName() {
    Media media =
        TestMedia.named("m")
            .entity("dana", "Dana Brooks")
            .entity("speaker-1", "Speaker 1")
            .says("dana", 0, 5, "I'm Dana, thanks for joining, Omar.")
            .says("speaker-1", 6, 9, "Thanks, Dana.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId)
        .containsExactly("speaker-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Speaker 0", "Speaker A", "SPEAKER_01", "spk_2", "A", "unknown"})
  void treatsDiarizationCodesAsNoName(String label) {
    assertThat(SpeakerNames.isAnonymous(Entity.of("x", label))).isTrue();
    assertThat(SpeakerNames.isAnonymous(Entity.of("x", "Ana Ruiz"))).isFalse();
  }

  @Test
  void namesTheOneJustHeardWhenAnotherIntroducesThemAndNotTheIntroducer() {
    Media media =
        anonymous()
            .entity("speaker-3", "Speaker 3")
            .says("speaker-0", 0, 3, "Hi, can you hear us alright?")
            .says("speaker-1", 4, 5, "Yes, hi.")
            .says("speaker-2", 6, 7, "Hello!")
            .says(
                "speaker-0",
                8,
                14,
                "Great. So I'm Priya Raman, I run the analytics team, and this is Oskar.")
            .says("speaker-1", 15, 18, "Nice to meet you both, I'm Leila.")
            .says("speaker-3", 19, 22, "Hi, sorry, the bank ran over.")
            .says("speaker-0", 23, 27, "Leila, this is Ines Oyelaran, our controller.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Priya Raman"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Leila"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Oskar"),
            org.assertj.core.groups.Tuple.tuple("speaker-3", "Ines Oyelaran"));
  }

  @Test
  void keepsASelfIntroductionAfterAGreetingAndACommaAsTheSpeakers() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Hi, this is Maria from Halden.")
            .says("speaker-1", 6, 9, "Morning.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-0", "Maria"));
  }

  @Test
  void readsAGreetingAsNoNameAndAFullNameWithAPostAtACompanyAsAnIntroduction() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 3, "Hi, can you hear me all right?")
            .says("speaker-1", 3, 6, "Yes, loud and clear. Morning.")
            .says("speaker-0", 6, 12, "Morning! I'm Leona Marsh, I look after new accounts.")
            .says(
                "speaker-1",
                12,
                18,
                "No problem. Gareth Pryce, head of engineering at Castlebay Buses.")
            .says("speaker-1", 18, 22, "Pennant, right, I know their fleet manager. Sally, is it?")
            .says("speaker-0", 22, 25, "Sally Brook, yes.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Leona Marsh"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Gareth Pryce"));
  }

  @Test
  void readsAFullNameFollowedByAJobTitleOrAGreetingAsAnIntroduction() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Morning, can you hear me alright?")
            .says("speaker-1", 4, 9, "Yes, fine. Gareth Pugh, practice manager, as you know.")
            .says("speaker-0", 9, 14, "Great. We're waiting on one more, I think.")
            .says("speaker-2", 14, 18, "Hey, sorry, sorry. Marcus Bridger, good to meet you.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Gareth Pugh"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Marcus Bridger"));
  }

  @Test
  void readsAFullNameAfterHiyaYesOrAGreetingWithAName() {
    Media media =
        anonymous()
            .entity("speaker-3", "Speaker 3")
            .entity("speaker-4", "Speaker 4")
            .says("speaker-0", 0, 4, "Lovely, can everyone hear me?")
            .says("speaker-1", 4, 9, "Yes, hello, Tendai Moyo. I can hear you fine.")
            .says("speaker-2", 9, 14, "Hiya, Declan Moore, I manage the night shift.")
            .says("speaker-3", 14, 18, "Hi Lorraine, Ravi Senn, I'm a solutions consultant.")
            .says(
                "speaker-4", 18, 22, "Hamish Rutherford, for the recording, I run the box office.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Tendai Moyo"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Declan Moore"),
            org.assertj.core.groups.Tuple.tuple("speaker-3", "Ravi Senn"),
            org.assertj.core.groups.Tuple.tuple("speaker-4", "Hamish Rutherford"));
  }

  @Test
  void readsNoNameFromAGreetingToSomeoneFollowedByAnotherPersonsNews() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Right, shall we start?")
            .says("speaker-1", 4, 9, "Hi Lorraine, Kevin Li from finance will sign it off.")
            .says("speaker-0", 9, 14, "Yes, Kevin Li. Is he joining?")
            .says("speaker-2", 14, 18, "Helen Clarke, for the minutes, has sent her apologies.")
            .says("speaker-0", 18, 22, "Who sorted the rota?")
            .says("speaker-2", 22, 26, "Yeah, Jenny Cole, the practice manager, sorted that out.")
            .says("speaker-1", 26, 30, "Hi Dev, Priya Nair from Finance, she's running late.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::name)
        .noneMatch(
            n ->
                n.startsWith("Kevin")
                    || n.startsWith("Helen")
                    || n.startsWith("Jenny")
                    || n.startsWith("Priya"));
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void readsAHostileRunOfGreetingsInOnePass() {
    String greetings = "Hi Lorraine, ".repeat(50_000);
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, greetings + "Tendai Moyo and")
            .says("speaker-1", 4, 9, "Yes, hello, " + "Tendai ".repeat(50_000))
            .build();

    assertThat(SpeakerNames.infer(media))
        .allSatisfy(i -> assertThat(i.name().split(" ")).hasSizeLessThanOrEqualTo(2));
  }

  @Test
  void givesTheOneSpeakerLeftUnnamedTheNameTheyWereCalledOnce() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Hi Tomasz, hi Bea, can you both hear me okay?")
            .says("speaker-1", 4, 7, "Yep, all good.")
            .says("speaker-2", 7, 10, "Loud and clear.")
            .says("speaker-0", 10, 15, "Tomasz, do you want to start with the backend?")
            .says("speaker-1", 15, 20, "Sure, the import is done.")
            .says("speaker-0", 20, 24, "Bea, how's design looking?")
            .says("speaker-2", 24, 28, "Nearly there, one screen left.")
            .says("speaker-0", 28, 31, "Great, that's everything for today.")
            .says("speaker-1", 31, 34, "Thanks, Leona, good session.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Leona"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Tomasz"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Bea"));
  }

  @Test
  void readsANameAnsweringWhoAsTheAnswerNotAnAddress() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Okay, let's start. Ciaran, do you want to start with QA?")
            .says("speaker-1", 4, 8, "Sure, we're at zero crash bugs.")
            .says("speaker-0", 8, 12, "Thanks, Ciaran. Yasmin, what about the launch plan?")
            .says("speaker-2", 12, 16, "The stream is booked for Tuesday.")
            .says("speaker-0", 16, 20, "Great. Ciaran, anything else?")
            .says("speaker-1", 20, 24, "The hosting renewal is still sitting with finance.")
            .says("speaker-0", 24, 27, "Who in finance has it?")
            .says("speaker-1", 27, 31, "Ruth, I think, but she's been out this week.")
            .says(
                "speaker-0",
                31,
                37,
                "I'll chase it, and if Ruth's still out I'll go to her manager.")
            .says("speaker-0", 37, 40, "Yasmin, how's the community side looking?")
            .says("speaker-2", 40, 43, "Quiet, mostly wishlists.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Ciaran"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Yasmin"));
  }

  @Test
  void namesBothSidesOfAPhoneOpeningThatGreetsByNameAndSaysItsTheCaller() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Kia ora Graeme, it's Aroha from Paddock Pulse. Is now okay?")
            .says("speaker-1", 4, 8, "Yeah, you're right, I've pulled over.")
            .says("speaker-0", 8, 12, "Great. And Noor, this is Ines, she runs our installs.")
            .says("speaker-1", 12, 16, "Kia ora, Ines.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .contains(org.assertj.core.groups.Tuple.tuple("speaker-0", "Aroha"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("speaker-0", "Ines"));
  }

  @Test
  void namesTheReaderOfARollCallByTheFullNameAfterMyself() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Right, let's get going. Marj, who's here?")
            .says(
                "speaker-1",
                4,
                10,
                "Present, Gwen Farrell in the chair, Dev Sandhu, and myself, Marjorie Quinn,"
                    + " taking the minutes.")
            .says("speaker-0", 10, 14, "Lovely, thank you. First item.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Marjorie Quinn"));
  }

  @Test
  void completesAFirstNameByTheOneSurnameTheCallSaysAfterIt() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Right, Marj, who's here tonight?")
            .says("speaker-1", 4, 10, "Present, Gwen Farrell in the chair, Dev, and myself.")
            .says("speaker-0", 10, 14, "Thanks, Marj. Dev, the water quotes?")
            .says("speaker-2", 14, 18, "Two of them, Gwen. I'll see Gwen Monday about the third.")
            .says("speaker-0", 18, 22, "Lovely, thanks Dev.")
            .says("speaker-1", 22, 24, "Thanks, Gwen, I'll type these up.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Gwen Farrell"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Marj"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Dev"));
  }

  @Test
  void completesAFirstNameByTheSurnameSaidAfterAnotherFormOfIt() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                4,
                "Thanks for coming in, Dan. Dan, can you tell us about yourself?")
            .says("speaker-1", 4, 10, "Sure. Daniel Kowalczyk, I manage the Fishergate shop.")
            .says("speaker-0", 10, 14, "Thanks, Dan.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .contains(org.assertj.core.groups.Tuple.tuple("speaker-1", "Dan Kowalczyk"));
  }

  @Test
  void leavesAFirstNameAloneWhenTwoSurnamesFollowIt() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Thanks, Ola. Ola Berg from the council rang, not you.")
            .says("speaker-1", 4, 8, "Ha, no, that was the other Ola, Ola Nilsen.")
            .says("speaker-0", 8, 12, "Fair enough, Ola.")
            .says("speaker-1", 12, 16, "Okay.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::name)
        .doesNotContain("Ola Berg", "Ola Nilsen");
  }

  @Test
  void readsAChoiceGivenWithAWordOfOpinionAsNoAddress() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Alasdair, the two quotes for the overhaul?")
            .says("speaker-1", 4, 8, "Strathbeag came in lower, and Caledon can start sooner.")
            .says("speaker-0", 8, 12, "Thanks, Alasdair. And what's your feeling?")
            .says("speaker-1", 12, 16, "Strathbeag, honestly. They know the machine.")
            .says("speaker-0", 16, 20, "Okay, Strathbeag it is. Morven, can you sign the order?")
            .says("speaker-2", 20, 24, "Yes, I'll sign it today.")
            .says("speaker-0", 24, 28, "Thanks, Morven.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Alasdair"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Morven"));
  }

  @Test
  void sendsAClosingAddressBackOverARoundOfGoodbyesToTheOneNotYetNamed() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Morning. Dev, can you hear me? Olu, you there?")
            .says("speaker-1", 4, 6, "Yep, here.")
            .says("speaker-2", 6, 8, "Morning, yes.")
            .says("speaker-0", 8, 12, "Dev, do you want to start with the build?")
            .says("speaker-1", 12, 16, "Sure, the login screen is done and the timeout is fixed.")
            .says("speaker-0", 16, 20, "Olu, how's design?")
            .says("speaker-2", 20, 24, "The new screens went to the clinics on Friday.")
            .says(
                "speaker-0",
                24,
                30,
                "Okay, that's it. Thanks everyone, and thanks Olu for the screens.")
            .says("speaker-2", 30, 32, "Ha, thanks. See you.")
            .says("speaker-1", 32, 35, "Cheers, Niamh, see you next week.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Niamh"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Dev"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Olu"));
  }

  /** A meeting Gwen ran and closed, then {@code lastWord} from speaker 2 and a thanks to Gwen. */
  private static Media closedBy(String lastWord) {
    return anonymous()
        .says("speaker-0", 0, 60, "Right, let's start. First the rota, then the boiler.")
        .says("speaker-1", 60, 120, "The rota's done, I sent it round on Friday.")
        .says("speaker-2", 120, 180, "And the boiler man comes on Wednesday.")
        .says("speaker-0", 180, 240, "Good. So who's doing what.")
        .says("speaker-0", 240, 300, "The rota stays as it is and I'm chasing the boiler.")
        .says("speaker-0", 300, 320, "Anything else? No? Then we're done.")
        .says("speaker-2", 320, 330, lastWord)
        .says("speaker-1", 330, 335, "Thanks, Gwen.")
        .build();
  }

  @Test
  void countsAClosingThanksAfterSomeoneElsesLastWordAsOneVote() {
    // Speaker 2 is thanked right after their last word, but it is Gwen who ran the meeting: one
    // vote, which names nobody; after a turn that takes leave the thanks counts as two
    assertThat(SpeakerNames.infer(closedBy("I'll ring facilities about the heating."))).isEmpty();
    assertThat(SpeakerNames.infer(closedBy("Right, thanks all, see you Thursday.")))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-2", "Gwen"));
  }

  @Test
  void namesALateJoinerAnsweredWithNoWorries() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 60, "Right, let's start with the budget.")
            .says("speaker-1", 60, 120, "It's on track, a bit under for the quarter.")
            .says("speaker-0", 120, 180, "Good. And the venue is booked for the fifth.")
            .says("speaker-1", 180, 240, "Great, so that's settled then.")
            .says("speaker-0", 240, 300, "Next, the rota for the summer.")
            .says("speaker-1", 300, 360, "I can do the first two weeks of July.")
            .says("speaker-2", 360, 365, "Hi, sorry, sorry, the bus was late.")
            .says("speaker-0", 365, 370, "No worries, Imogen, grab a seat.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-2", "Imogen"));
  }

  @Test
  void takesNoNameFromNoProblemFollowedBySomeoneElsesNews() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Sorry, I haven't sent the agenda yet.")
            .says("speaker-1", 5, 10, "No problem, Dave will send it over now.")
            .says("speaker-2", 10, 15, "Morning all.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void takesAFullNameAfterImInALaterTurnButNotASingleWord() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 3, "Hey, good morning, can you hear me okay?")
            .says("speaker-1", 3, 5, "Morning, yeah, I got you.")
            .says("speaker-0", 5, 8, "No rush. Is it as hot down there as it is up here?")
            .says("speaker-1", 8, 11, "Ninety-one yesterday.")
            .says("speaker-0", 11, 14, "Well, that's good for business at least.")
            .says("speaker-1", 14, 16, "Ha, true.")
            .says(
                "speaker-0",
                16,
                22,
                "So just so we're on the same page, I'm Marisol Quintero, the account exec.")
            .says("speaker-1", 22, 26, "Sure, I remember.")
            .says("speaker-1", 26, 28, "I'm Sorry, go on.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-0", "Marisol Quintero"));
  }

  @Test
  void namesTheOneIntroducedWhoGreetsInTheirFirstTurnNotTheOneWhoSpokeBefore() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Right, I think we're recording. Seun, thanks for coming in.")
            .says("speaker-1", 4, 8, "Thank you, I found a space just by the gate.")
            .says(
                "speaker-0",
                8,
                14,
                "So I'm Callum Fraser, the project manager, and this is Aileen Baird from our HR team.")
            .says("speaker-2", 14, 17, "Hiya, nice to meet you.")
            .says("speaker-1", 17, 19, "Nice to meet you both.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .contains(org.assertj.core.groups.Tuple.tuple("speaker-2", "Aileen Baird"))
        .noneMatch(t -> t.toList().equals(java.util.List.of("speaker-1", "Aileen Baird")));
  }

  @Test
  void namesTheOneToldWhatTheyWereGoingToDoWhoAnswersNext() {
    Media media =
        anonymous()
            .says(
                "speaker-0", 0, 5, "First, actions. Marcus, you were going to do the valve survey.")
            .says("speaker-1", 5, 9, "Done, finished on the twentieth.")
            .says("speaker-0", 9, 14, "Great. And Marcus, you said the trench was booked?")
            .says("speaker-1", 14, 18, "It is, yes.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Marcus"));
  }

  @Test
  void givesNoVoteForAPersonWhoseNamePlusPostOpensAClauseAboutThem() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Kevin Li, head of finance at Acme, will sign it off.")
            .says("speaker-1", 5, 9, "Good to know.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void namesTheOneJustIntroducedAndWhomTheyGreetAndNotTheIntroducer() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 4, "Come in, did you find us alright?")
            .says("speaker-1", 5, 8, "I did, eventually.")
            .says(
                "speaker-0",
                9,
                14,
                "Right, I'm Pip Groves, I run people here, and this is Ravi, who runs the unit.")
            .says("speaker-2", 15, 17, "Hello, Ines, lovely to meet you.")
            .says("speaker-1", 18, 20, "You too.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Pip Groves"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Ines"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Ravi"));
  }

  @Test
  void namesALateJoinerWhoSaysWhoTheyAreAfterAGreetingAndAnApology() {
    TestMedia media = anonymous();
    for (int k = 0; k < 6; k++) {
      media.says("speaker-0", 100 + 10 * k, 104 + 10 * k, "Point " + k + " on the list.");
      media.says("speaker-1", 105 + 10 * k, 109 + 10 * k, "Fine by me.");
    }
    Media call =
        media
            .says("speaker-2", 300, 305, "Hi, sorry, sorry, Kwame here, I've just got out.")
            .says("speaker-1", 306, 310, "No problem, we're on pricing.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-2", "Kwame"));
  }

  @Test
  void namesTheOneThankedByNameInTheClosingTurnsOfTheCall() {
    TestMedia media = anonymous();
    for (int k = 0; k < 6; k++) {
      media.says("speaker-1", 100 + 10 * k, 104 + 10 * k, "Point " + k + " on the list.");
      media.says("speaker-0", 105 + 10 * k, 109 + 10 * k, "Fine by me.");
    }
    Media call =
        media
            .says("speaker-1", 300, 305, "Good shout. OK, thanks everyone, same time next week.")
            .says("speaker-0", 306, 308, "Cheers Annika.")
            .says("speaker-2", 309, 310, "Bye all.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Annika"));
  }

  @Test
  void namesWhoSaysTheirNameInALaterSentenceAndWhomTheyGreetWithGday() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                5,
                "G'day, Siobhán, can you hear me alright? Lachlan here, from Plumline.")
            .says("speaker-1", 6, 9, "I can, yeah, grand.")
            .says("speaker-0", 10, 14, "Great, so the renewal is the main thing today.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Lachlan"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Siobhán"));
  }

  @Test
  void takesNoInterjectionForAName() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Righto, shall we kick off? Dev's stuck in another meeting.")
            .says("speaker-1", 6, 9, "They never let anyone out of that one.")
            .says("speaker-2", 10, 14, "Crikey, it's cold in here.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void prefersWhatASpeakerSaidOfThemselvesToAsManyVotesForANameOthersUsed() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Hey, come on in. You must be Tomasz?")
            .says("speaker-1", 6, 9, "That's me, yeah.")
            .says("speaker-0", 10, 15, "So I'm Darlene, I run the service side here.")
            .says("speaker-1", 16, 20, "Nice to meet you.")
            .says("speaker-0", 21, 30, "Tell me about the toughest call you've had this year.")
            .says("speaker-1", 31, 60, "A rooftop unit in January, the fan motor kept tripping.")
            .says("speaker-0", 61, 65, "Perfect, thanks, Tomasz. We'll walk you out.")
            .says("speaker-2", 66, 70, "Good to meet you, Tom. Drive safe.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .contains(org.assertj.core.groups.Tuple.tuple("speaker-0", "Darlene"));
  }

  @Test
  void namesALatecomerWhoGivesTheirFullNameAfterSeveralApologies() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "So that's the renewal price for this year.")
            .says("speaker-1", 6, 9, "Understood.")
            .says(
                "speaker-2",
                70,
                80,
                "Hello, hello, sorry folks, Fergal Nolan, I'm the treasurer of the trust.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-2", "Fergal Nolan"));
  }

  /** Six turns of small talk, so that what follows is past the opening of the call. */
  private static TestMedia pastTheOpening() {
    TestMedia media = anonymous();
    for (int k = 0; k < 4; k++) {
      media.says("speaker-0", 100 + 10 * k, 104 + 10 * k, "Point " + k + " on the list.");
      media.says("speaker-1", 105 + 10 * k, 109 + 10 * k, "Fine by me.");
    }
    return media;
  }

  @Test
  void givesANameToItsOwnSpeakerOnceAThanksMeantForThemLandedOnSomeoneNamedOtherwise() {
    Media call =
        pastTheOpening()
            .says("speaker-2", 150, 155, "Hi, sorry, sorry, Priya here, the bus was late.")
            .says("speaker-0", 156, 160, "No stress. Stav, how is the building side looking?")
            .says("speaker-1", 161, 165, "The roof's fixed.")
            .says("speaker-0", 166, 170, "Now, the waiver. Stav, did legal ever come back?")
            .says("speaker-1", 171, 175, "They did, it's signed.")
            .says("speaker-2", 176, 180, "I'll send the grant conditions today.")
            .says("speaker-0", 181, 185, "Thanks, everyone, and thanks, Stav, for chasing legal.")
            .says("speaker-1", 186, 188, "No worries.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Stav"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Priya"));
  }

  @Test
  void sendsAClosingThanksToTheNextSpeakerWhenTheOneHeardLastHasAnotherName() {
    Media call =
        pastTheOpening()
            .says("speaker-2", 150, 155, "Hi, I'm Ines Halvorsen, quality manager here.")
            .says("speaker-0", 156, 160, "Lovely to meet you. So, the pilot.")
            .says("speaker-1", 161, 165, "We'll do the metals lab first.")
            .says("speaker-2", 166, 170, "This was more useful than I expected.")
            .says("speaker-0", 171, 175, "Ha, I'll take that. Thanks Ines, thanks Ruairi, bye.")
            .says("speaker-1", 176, 178, "Cheers, bye.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Ruairi"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Ines Halvorsen"));
  }

  @Test
  void namesWhoIsAskedByNameWhetherTheyWantToStartEvenWithoutAQuestionMark() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Jarrah, do you want to start with the catalogue side.")
            .says("speaker-1", 6, 9, "Yeah, so, the vendor can't do it until February.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Jarrah"));
  }

  @Test
  void namesTheOneATurnOpensOnByNameButNotANameDescribedAsAnother() {
    TestMedia media = pastTheOpening();
    Media call =
        media
            .says("speaker-2", 150, 160, "Gideon, our finance director, signs over twenty.")
            .says("speaker-0", 161, 165, "Understood.")
            .says("speaker-2", 166, 170, "And I asked Marit about the build.")
            .says("speaker-1", 171, 175, "It's ready.")
            .says("speaker-2", 176, 180, "Marit, one thing before we go.")
            .says("speaker-1", 181, 185, "Go on.")
            .says("speaker-2", 186, 190, "Bye all.")
            .build();

    assertThat(SpeakerNames.infer(call))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Marit"));
  }

  @Test
  void findsAnAddressAfterAQuestionThatOpensOnAWordThatIsNoName() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Right, can everyone hear me? Owen, you're on mute, love.")
            .says("speaker-1", 6, 9, "Sorry, sorry. Can you hear me now?")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Owen"));
  }

  @Test
  void namesAListenerAskedIfTheyAreSomeoneWhoConfirmsTheirFullName() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Come in, grab a chair. You must be Hannah?")
            .says("speaker-1", 6, 9, "Hannah Kowalczyk, yes. Hello again.")
            .says("speaker-0", 10, 14, "Good to see you. Let's get started.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(n -> n.entityId() + "=" + n.name())
        .containsExactly("speaker-1=Hannah Kowalczyk");
  }

  @Test
  void takesNoNameFromAFullNameConfirmedWithoutAGreeting() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Okay, and who signs the purchase order at your end?")
            .says("speaker-1", 6, 9, "Kevin Li, yes. He signs anything over ten thousand.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void takesNoNameFromACapitalisedContractionBeforeTheNameAsked() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Perfectly. You're Rosalind, I take it?")
            .says("speaker-1", 6, 9, "That's me, Rosalind Achebe. Hi.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-1", "Rosalind Achebe"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thanks, Maren. Bye all.",
        "Thanks so much, Maren. Bye all.", // F1 of SecondReader19FindingsTest
        "Thank you very much, Maren. Bye all.",
        "Thanks for that, Maren. Bye all."
      })
  void aLastThankYouByNameAloneThanksTheOneHeardBeforeNotTheOneWhoSpeaksAfter(String thanks) {
    Media media =
        anonymous()
            .says("speaker-0", 0, 5, "Right, shall we? It's just gone ten.")
            .says("speaker-2", 6, 9, "Locations gets a pass this week, I hope.")
            .says("speaker-0", 10, 15, "Ten days to the shoot. Plan for this morning is the ferry.")
            .says("speaker-2", 16, 19, "The ferry's fine.")
            .says("speaker-1", 20, 25, "And the drone is booked.")
            .says("speaker-2", 26, 29, "Good.")
            .says("speaker-0", 600, 605, "Right, Jonty, you were finishing the shot list.")
            .says("speaker-1", 606, 609, "Done, it's in the drive.")
            .says("speaker-0", 610, 615, "Go. Give Graintone my love.")
            .says("speaker-1", 616, 618, thanks)
            .says("speaker-2", 619, 621, "Leave some biscuits next time.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("speaker-2", "Maren"));
  }

  /** A meeting of speaker-0, -1 and -2 that speaker-0 runs, then {@code closing}. */
  static Media meetingClosingWith(String... closing) {
    TestMedia call =
        anonymous()
            .says("speaker-0", 0, 5, "Morning all, let's make a start.")
            .says("speaker-1", 6, 9, "Morning.")
            .says("speaker-0", 10, 15, "First, the opening date. Where are we with the build?")
            .says("speaker-2", 16, 19, "Behind, honestly, by about three weeks.")
            .says("speaker-1", 20, 25, "The loans are fine, though.")
            .says("speaker-0", 26, 29, "Then we move the opening to April.")
            .says("speaker-2", 600, 605, "And the handling drawer.");
    int at = 606;
    for (int k = 0; k < closing.length; k += 2) {
      call.says(closing[k], at, at + 4, closing[k + 1]);
      at += 5;
    }
    return call.build();
  }

  @Test
  void aSecondThanksToTheSameNameGoesPastTheOneWhoThankedFirst() {
    Media media =
        meetingClosingWith(
            "speaker-0", "And the handling drawer, yes. I'll send the notes round this afternoon.",
            "speaker-1", "Thanks, Helen.",
            "speaker-2", "Thanks, Helen, see you on the twelfth.",
            "speaker-0", "Bye, everyone.");

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-0", "Helen"));
  }

  @Test
  void aThanksByNameAfterTheNextMeetingIsAnnouncedNamesTheOneWhoAnnouncedIt() {
    Media media =
        meetingClosingWith(
            "speaker-0", "I'll type the minutes up. Same time next month, and go home, all of you.",
            "speaker-1", "Thank you, Margaret. It'll be charcoal by now.",
            "speaker-2", "Sorry again for being late, everyone.",
            "speaker-0", "Night all.");

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("speaker-0", "Margaret"));
  }

  @Test
  void namesSomeoneIntroducedWithWhatTheyDoInTheThirdPersonAndTheOneTheyGreet() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                10,
                "Ioana? Hi, come through. Sorry about the noise. I'm Malcolm, I look after operations"
                    + " here. Did you find us okay?")
            .says("speaker-1", 11, 15, "Yes, thank you. Ioana Petrescu. The satnav took me round.")
            .says(
                "speaker-0",
                16,
                20,
                "Ah, the back gate. This is Shanice, she's our HR business partner.")
            .says("speaker-2", 21, 25, "Hi Ioana, nice to meet you in person.")
            .says("speaker-1", 26, 28, "Yes, hello. Nice to meet you too.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Malcolm"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Ioana Petrescu"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Shanice"));
  }

  @Test
  void namesWhoIsGivenTheFloorForAnItemAndWhoIsAnsweredWithTheirNameLast() {
    Media media =
        anonymous()
            .says(
                "speaker-0",
                0,
                6,
                "Okay, the review. I spoke to Kwame and Elin yesterday. Kwame, waits and reviews.")
            .says("speaker-1", 7, 12, "Eleven days at Kelham at the moment.")
            .says("speaker-0", 13, 15, "Right. Elin, Mondays.")
            .says("speaker-2", 16, 22, "Monday at Hillsborough is dead, so I'd close.")
            .says("speaker-0", 23, 26, "Fine by me. Bring us some cake next time.")
            .says("speaker-2", 27, 29, "If there's any left, Ros.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .extracting(SpeakerNames.Inferred::entityId, SpeakerNames.Inferred::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("speaker-0", "Ros"),
            org.assertj.core.groups.Tuple.tuple("speaker-1", "Kwame"),
            org.assertj.core.groups.Tuple.tuple("speaker-2", "Elin"));
  }

  @Test
  void namesNobodyByAListOfPlacesAnAppositiveOrATitle() {
    Media media =
        anonymous()
            .says("speaker-0", 0, 6, "We visited Millbrook, Thornley and Eastwick last week.")
            .says("speaker-1", 7, 9, "Sorry, which three? Millbrook, Thornley and Eastwick?")
            .says("speaker-0", 10, 14, "Yes. And then Bramblewood rang us.")
            .says("speaker-1", 15, 17, "Bramblewood, the frozen food people?")
            .says("speaker-0", 18, 22, "Them. Anyway, I'll keep it short this year.")
            .says("speaker-2", 23, 25, "That's what you say, Commodore.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }
}
