package dev.reportengine.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.general.GeneralReportTemplate;
import dev.reportengine.templates.hiring.HiringReportTemplate;
import dev.reportengine.templates.profile.ProfileAlignmentTemplate;
import dev.reportengine.templates.sales.SalesPlaybookTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in template builds in about linear time in the length of the call: calls of 1x, 4x
 * and 16x utterances (best of five builds, after a warm-up, in the CPU time of the test's thread),
 * failing only when both steps look quadratic: 16x costs 64 times 1x or more (quadratic 256x,
 * linear 16x) and 8 times 4x or more (quadratic 16x, linear 4x). Ratios of CPU times, so neither a
 * slow nor a busy machine matters much. As in engine-media's {@code Scaling}, the 16x builds stop
 * early once one is under half the bound, which settles the outcome and keeps the suite short, and
 * a template that looks quadratic is measured again, failing only if it does three times in a row.
 */
class TemplateScalingTest {

  private static final double MAX_RATIO = 64;

  private static final double MAX_STEP_RATIO = 8;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  /** Utterances at 1x. */
  private static final int UTTERANCES = 150;

  private static final String[] SELLER = {
    "Thanks for making time today, {o}. What made you look at new tooling this quarter?",
    "How many people on your team would use it on day one?",
    "We typically see a {p} percent drop in handling time within {n} weeks.",
    "What would it cost you if the rollout slipped past {d}?",
    "Who else needs to sign off before you can move forward?",
    "Our list price is ${n} per seat, and for {n} seats we can do {p} percent off.",
    "Can you walk me through how you handled the last migration?",
    "Tell me about a time you disagreed with your manager. What did you do?",
    "I will send the proposal and the security review by {d}.",
    "Does a pilot with {n} users sound like a reasonable next step?",
    "Why did you leave your previous role after {n} years?",
    "What does success look like for you in six months?",
  };

  private static final String[] BUYER = {
    "Honestly, our current vendor costs us about ${n} thousand a year and support is slow.",
    "We have {n} agents today, and we plan to hire {p} more by {d}.",
    "I led the migration to the new CRM; we cut errors by {p} percent in {n} months.",
    "Our CFO, {o}, signs anything above ${n} thousand, so she needs to see the numbers.",
    "I'm not sure the integration with our billing system will work out of the box.",
    "That's fair. We shouldn't rush it, but the budget closes on {d}.",
    "I disagreed with the roadmap once, so I wrote a short memo with data and we changed course.",
    "Could you share references from a company of our size?",
    "We tried a pilot last year with {n} users and it stalled because nobody owned it.",
    "Success would be fewer escalations and a team that trusts the dashboards.",
    "I left because I wanted to own a product end to end, and I did that with {o}.",
    "Yes, a two-week pilot works if {o} can join the kickoff.",
  };

  private static final String[] NAMES = {"Maria", "Tom", "Priya", "Lukas", "Sofia"};
  private static final String[] DAYS = {"Monday", "Wednesday", "Friday", "the 15th", "March 3"};

  static Stream<ReportTemplate> templates() {
    return Stream.of(
        new GeneralReportTemplate(),
        new HiringReportTemplate(),
        new SalesPlaybookTemplate(),
        new ProfileAlignmentTemplate());
  }

  /** A call of {@code n} utterances: a seller or interviewer, a buyer or candidate, a colleague. */
  static Media call(int n) {
    MediaBuilder builder =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ortiz")
            .entity("ben", "Ben Cole")
            .entity("chloe", "Chloe Park");
    double t = 0;
    for (int i = 0; i < n; i++) {
      int r = (int) (((i * 2654435761L) >>> 7) & 0x7fffffff);
      String speaker = i % 2 == 0 ? "ana" : (i % 7 == 3 ? "chloe" : "ben");
      String[] lines = speaker.equals("ana") ? SELLER : BUYER;
      String text = fill(lines[(r + i / 2) % lines.length], i, r);
      if (i % 5 == 1) {
        text = text + " " + fill(lines[(r + 5) % lines.length], i + 1, r >>> 3);
      }
      double length = text.split(" ").length * 0.4;
      builder.says(speaker, t, t + length, text);
      t += length + 0.6;
    }
    return builder.build();
  }

  private static String fill(String line, int i, int r) {
    return line.replace("{n}", Integer.toString(2 + (r >>> 4) % 90 + i % 7))
        .replace("{p}", Integer.toString(5 + (r >>> 9) % 40))
        .replace("{o}", NAMES[(r >>> 12) % NAMES.length])
        .replace("{d}", DAYS[(r >>> 15) % DAYS.length]);
  }

  static Map<String, JsonValue> params(ReportTemplate template) {
    Map<String, JsonValue> params = new HashMap<>();
    for (ParameterSpec.Parameter p : template.parameters().parameters()) {
      p.defaultValue().ifPresent(v -> params.put(p.name(), v));
    }
    if (template instanceof ProfileAlignmentTemplate) {
      params.put(
          "profile",
          JsonValue.array(
              List.of(
                  JsonValue.JsonObject.builder()
                      .put("id", "migration")
                      .put("label", "Migrations")
                      .put("keywords", JsonValue.array(List.of(JsonValue.of("migration"))))
                      .build(),
                  JsonValue.JsonObject.builder()
                      .put("id", "pricing")
                      .put("label", "Pricing")
                      .put(
                          "keywords",
                          JsonValue.array(List.of(JsonValue.of("price"), JsonValue.of("budget"))))
                      .build())));
    }
    return params;
  }

  /** The best of five runs, stopping early once a run takes less than {@code enough}. */
  private static double bestNanos(Runnable run, double enough) {
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 5 && best >= enough; k++) {
      long start = now();
      run.run();
      best = Math.min(best, now() - start);
    }
    return best;
  }

  private static double nanos(ReportTemplate template, int utterances, double enough) {
    Media media = call(utterances);
    TemplateContext context =
        new TemplateContext(
            media, media.entity("ben").orElseThrow(), params(template), CancellationToken.NONE);
    return bestNanos(() -> assertThat(template.build(context)).isNotNull(), enough);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void buildsInAboutLinearTimeInTheLengthOfTheCall(ReportTemplate template) {
    // A busy machine can slow one measurement; quadratic work looks quadratic every time, so the
    // template fails only when three measurements in a row do.
    AssertionError last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        measure(template);
        return;
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  private static void measure(ReportTemplate template) {
    long began = System.nanoTime();
    nanos(template, UTTERANCES, 0); // warm-up
    double one = nanos(template, UTTERANCES, 0);
    double four = nanos(template, UTTERANCES * 4, 0);
    double sixteen = nanos(template, UTTERANCES * 16, one * MAX_RATIO / 2);
    String times =
        String.format(
            Locale.ROOT,
            "%s: 1x (%d utterances) %.1f ms, 4x %.1f ms, 16x %.1f ms (CPU);"
                + " ratio 4x/1x %.1f, 16x/1x %.1f, 16x/4x %.1f; %.1f s",
            template.getClass().getSimpleName(),
            UTTERANCES,
            one / 1e6,
            four / 1e6,
            sixteen / 1e6,
            four / one,
            sixteen / one,
            sixteen / four,
            (System.nanoTime() - began) / 1e9);
    System.out.println("[scaling] " + times);
    assertThat(sixteen / one >= MAX_RATIO && sixteen / four >= MAX_STEP_RATIO).as(times).isFalse();
  }
}
