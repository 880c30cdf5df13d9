package dev.reportengine.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in template builds a report from a call whose sentences repeat a few words tens of
 * thousands of times between the words its rules look for ("i just just ... just try to", "the
 * price is is ... is forty thousand"). A pattern that repeats a group without bound ({@code (just
 * |really )+}) recurses once per repetition in {@code java.util.regex} and overflowed the worker's
 * stack on such a sentence; {@link RepeatedGroupsTest} keeps such patterns out, this test shows the
 * templates' answer to the sentences themselves.
 */
class HostileSentencesTest {

  private static final int LENGTH = 60_000;

  /** Sentences with a run of one phrase at {@code {run}}: {@code {run:phrase}}. */
  private static final List<String> SENTENCES =
      List.of(
          "I {run:just }try to keep everyone happy.",
          "Nothing {run:really }stands out, honestly.",
          "The price is {run:is }forty thousand a year.",
          "{run:okay, }we decided to go with the annual plan.",
          "{run:so }I'll send the proposal tomorrow.",
          "{run:you know, }that's not a blocker.",
          "{run:um, }we use Relay today and got a quote from Kestrel.",
          "My name is {run:Ana }Ortiz from {run:- }Brightline.",
          "{run:. }{run:, }{run:? }");

  static List<ReportTemplate> templates() {
    return TemplateScalingTest.templates().toList();
  }

  private static String expand(String sentence) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\{run:([^}]*)}").matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append(m.group(1).repeat(LENGTH / m.group(1).length()));
    }
    return m.appendTail(out).toString();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void buildsAReportFromSentencesThatRepeatAPhraseTensOfThousandsOfTimes(ReportTemplate template) {
    for (String sentence : SENTENCES) {
      String run = expand(sentence);
      Media media =
          MediaBuilder.conversation()
              .entity("ana", "Ana Ortiz")
              .entity("ben", "Ben Cole")
              .says("ana", 0, 5, "Tell me about a time you led a migration?")
              .says("ben", 6, 60, run)
              .says("ana", 61, 70, run)
              .build();
      TemplateContext context =
          new TemplateContext(
              media,
              media.entity("ben").orElseThrow(),
              TemplateScalingTest.params(template),
              CancellationToken.NONE);
      assertThat(template.build(context)).as(sentence).isNotNull();
    }
  }
}
