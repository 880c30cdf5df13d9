package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.media.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores what the reports say against the hand-written ground truth of {@code evaluation/calls}
 * (see {@code evaluation/README.md}): each call's transcript goes through the real engine
 * (importer, target resolution, template), the claims are read from the report's {@code
 * raw.template.claims} and compared with {@code truth.json}. Prints precision and recall per claim
 * kind, {@code insight accuracy: X/Y = P%} and {@code hint accuracy: X/Y = P%}, and fails under
 * 90%.
 *
 * <p>It scores the held-out half (never used to tune the rules); {@code -Deval.split=development}
 * scores the development half instead and also prints every wrong case, for tuning.
 */
class InsightAccuracyTest {

  /**
   * The goal of issue 9 on the held-out half: 90% of the claims (95% hoped for) and 95% of the
   * hints. The rules do not reach it yet (see {@code evaluation/RESULTS.md}); the build fails below
   * the floors instead, which sit a little under the measured scores so that any regression fails.
   */
  static final double GOAL_INSIGHT = 0.90;

  static final double GOAL_HINTS = 0.95;

  /**
   * Held-out floors: measured 74.0% and 82.4% on 2026-12-07 (seventeenth session, fifteen calls;
   * 73.5% and 82.0% before its name, topic and next-step rules and the retraining on 24 more
   * development calls, 70.7% before the STAR, price and competency-evidence classifiers, 68.9%
   * before the decision, risk, next-step and objection classifiers, 67.5% before the playbook and
   * competency ones).
   */
  static final double FLOOR_INSIGHT_HELD_OUT = 0.73;

  static final double FLOOR_HINTS_HELD_OUT = 0.80;

  /**
   * Development floors, under the last measure (87.3% and 86.0% on 203 calls, twenty-first session;
   * 89.8% and 86.8% on 152 calls in the seventeenth; each batch of new calls lowers it before the
   * rules are tuned on it, and the classifiers were trained on these calls).
   */
  static final double FLOOR_INSIGHT_DEVELOPMENT = 0.86;

  static final double FLOOR_HINTS_DEVELOPMENT = 0.85;

  static final String HELD_OUT = "held_out";
  static final String MISS = "MISS";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** Counts for one claim kind. */
  static final class Tally {
    int found;
    int missed;
    int false_;

    double precision() {
      return found + false_ == 0 ? 1 : found / (double) (found + false_);
    }

    double recall() {
      return found + missed == 0 ? 1 : found / (double) (found + missed);
    }
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final List<String> wrong = new ArrayList<>();
  private int hintsRight;
  private int hintsTotal;

  /** Per rule that answered a hint (or "miss"): [right, answered]. */
  private final Map<String, int[]> hintRules = new java.util.TreeMap<>();

  @Test
  void scoresTheClaimsAndHintsOfTheEvaluationSetAboveItsFloors() {
    String split = System.getProperty("eval.split", HELD_OUT);
    List<Path> calls = calls(split);
    assertThat(calls)
        .as("evaluation calls with split [%s] in %s", split, callsDir())
        .hasSizeGreaterThanOrEqualTo(6);
    for (Path call : calls) {
      score(call);
    }
    int found = tallies.values().stream().mapToInt(t -> t.found).sum();
    int total = tallies.values().stream().mapToInt(t -> t.found + t.missed + t.false_).sum();
    System.out.printf(Locale.ROOT, "evaluation split: %s (%d calls)%n", split, calls.size());
    tallies.forEach(
        (kind, t) ->
            System.out.printf(
                Locale.ROOT,
                "  %-18s precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)%n",
                kind,
                100 * t.precision(),
                t.found,
                t.found + t.false_,
                100 * t.recall(),
                t.found,
                t.found + t.missed));
    if (!split.equals(HELD_OUT)) {
      wrong.forEach(System.out::println);
    }
    double accuracy = found / (double) total;
    double hints = hintsRight / (double) hintsTotal;
    System.out.printf(
        Locale.ROOT, "insight accuracy: %d/%d = %.1f%%%n", found, total, 100 * accuracy);
    System.out.printf(
        Locale.ROOT, "hint accuracy: %d/%d = %.1f%%%n", hintsRight, hintsTotal, 100 * hints);
    StringBuilder byRule = new StringBuilder("hint answers by rule (right/given):");
    hintRules.forEach(
        (rule, n) ->
            byRule.append(' ').append(rule).append(' ').append(n[0]).append('/').append(n[1]));
    System.out.println(byRule);
    System.out.printf(
        Locale.ROOT,
        "goal: insight accuracy >= %.0f%% (%s), hint accuracy >= %.0f%% (%s)%n",
        100 * GOAL_INSIGHT,
        accuracy >= GOAL_INSIGHT ? "met" : "not met",
        100 * GOAL_HINTS,
        hints >= GOAL_HINTS ? "met" : "not met");
    boolean heldOut = split.equals(HELD_OUT);
    assertThat(accuracy)
        .as("insight accuracy on the %s half", split)
        .isGreaterThanOrEqualTo(heldOut ? FLOOR_INSIGHT_HELD_OUT : FLOOR_INSIGHT_DEVELOPMENT);
    assertThat(hints)
        .as("hint accuracy on the %s half", split)
        .isGreaterThanOrEqualTo(heldOut ? FLOOR_HINTS_HELD_OUT : FLOOR_HINTS_DEVELOPMENT);
  }

  static Path callsDir() {
    return RepoFiles.root().resolve("evaluation/calls");
  }

  static List<Path> calls(String split) {
    try (Stream<Path> dirs = Files.list(callsDir())) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("truth.json")))
          .filter(d -> read(d.resolve("truth.json")).path("split").asString().equals(split))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void score(Path call) {
    JsonNode truth = read(call.resolve("truth.json"));
    String id = truth.path("id").asString();
    Path transcript = transcript(call, id);
    Media media = MediaSources.read(transcript);
    Map<String, String> entityOf = entities(truth, media, id);
    String target = entityOf.get(truth.path("target").asString());
    String mediaId = transcript.getFileName().toString();
    try (ReportEngine engine =
        ReportEngine.builder().mediaSource(MediaSources.directory(call)).parallelism(2).build()) {
      JsonNode general =
          report(engine, mediaId, Template.GENERAL_REPORT, TargetSpec.entityId(target));
      List<JsonNode> claims = claims(general);
      dump(truth, "general", general);
      Case c = new Case(id, entityOf, truth);
      sentences(c, "decisions", "decision", claims);
      sentences(c, "risks", "risk", claims);
      sentences(c, "next_steps", "next_step", claims);
      names(c, general, media);
      switch (truth.path("kind").asString()) {
        case "sales" -> {
          List<JsonNode> sales =
              claims(
                  dump(
                      truth,
                      "sales",
                      report(
                          engine, mediaId, Template.SALES_PLAYBOOK, TargetSpec.entityId(target))));
          sentences(c, "objections", "objection", sales);
          sentences(c, "prices", "price", sales);
          competitors(c, sales);
          elements(c, "playbook", "playbook_element", "element", "covered", sales);
        }
        case "interview" -> {
          List<JsonNode> hiring =
              claims(
                  dump(
                      truth,
                      "hiring",
                      report(
                          engine, mediaId, Template.HIRING_REPORT, TargetSpec.entityId(target))));
          sentences(c, "questions", "question", hiring);
          sentences(c, "vague_answers", "vague_answer", hiring);
          star(c, hiring);
          elements(c, "competencies", "competency", "id", "observed", hiring);
        }
        default -> {}
      }
      hints(c, engine, mediaId);
    }
  }

  /**
   * With {@code -Deval.dump=DIR}, writes a development call's report to {@code
   * DIR/<id>.<name>.json} ({@code general}, {@code sales}, {@code hiring}), for experiments that
   * compare other methods with the rules' claims ({@code evaluation/experiments/classifier}); a
   * held-out call is never written, so its claims are not read case by case. Returns {@code
   * report}.
   */
  private static JsonNode dump(JsonNode truth, String name, JsonNode report) {
    String dir = System.getProperty("eval.dump");
    if (dir == null || truth.path("split").asString().equals(HELD_OUT)) {
      return report;
    }
    try {
      Path out = Path.of(dir);
      Files.createDirectories(out);
      Files.writeString(
          out.resolve(truth.path("id").asString() + "." + name + ".json"), report.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report;
  }

  /** A call being scored: its id, the entity id of each speaker ref, its truth. */
  record Case(String id, Map<String, String> entityOf, JsonNode truth) {}

  static Path transcript(Path call, String id) {
    for (String ext : List.of(".vtt", ".srt", ".deepgram.json", ".assemblyai.json")) {
      Path p = call.resolve(id + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        call + ": no transcript; run python3 evaluation/render.py " + call);
  }

  /** Speaker refs in order of first appearance mapped to the entities in the same order. */
  static Map<String, String> entities(JsonNode truth, Media media, String id) {
    List<String> spoke = new ArrayList<>();
    media
        .utterances()
        .forEach(
            u -> {
              if (!spoke.contains(u.entityId())) {
                spoke.add(u.entityId());
              }
            });
    JsonNode speakers = truth.path("speakers");
    assertThat(spoke).as("%s: speakers in the transcript", id).hasSize(speakers.size());
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < speakers.size(); i++) {
      out.put(speakers.get(i).path("ref").asString(), spoke.get(i));
    }
    assertThat(media.entities().stream().map(Entity::id)).containsAll(spoke);
    return out;
  }

  private static JsonNode report(
      ReportEngine engine, String mediaId, Template template, TargetSpec target) {
    JobHandle job = engine.submit(CreateReportJobRequest.of(mediaId, template, target));
    job.await(WAIT);
    return JSON.readTree(engine.api().getReportByJob(job.jobId()).json());
  }

  static List<JsonNode> claims(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.path("raw").path("template").path("claims").forEach(out::add);
    return out;
  }

  private Tally tally(String kind) {
    return tallies.computeIfAbsent(kind, k -> new Tally());
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replaceAll("\\s+", " ")
        .strip();
  }

  static List<String> quotes(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> out.add(norm(v.asString())));
    } else if (!value.isMissingNode() && !value.isNull()) {
      out.add(norm(value.asString()));
    }
    return out;
  }

  static boolean quotes(JsonNode claim, List<String> gold) {
    String text = norm(claim.path("text").asString(""));
    return !text.isEmpty() && gold.stream().anyMatch(text::contains);
  }

  /** Sentence-level kinds: each gold claim found (with its attributes), each other claim false. */
  private void sentences(Case c, String field, String kind, List<JsonNode> claims) {
    Tally t = tally(kind);
    List<JsonNode> ofKind =
        claims.stream().filter(x -> x.path("kind").asString().equals(kind)).toList();
    List<JsonNode> used = new ArrayList<>();
    for (JsonNode gold : c.truth().path(field)) {
      List<String> q = quotes(gold.path("quote"));
      boolean optional = gold.path("optional").asBoolean(false);
      Optional<JsonNode> match = ofKind.stream().filter(x -> quotes(x, q)).findFirst();
      // Every claim quoting one of the gold sentences is about this gold claim, not a false one.
      ofKind.stream().filter(x -> quotes(x, q)).forEach(used::add);
      if (optional) {
        continue;
      }
      if (match.isEmpty()) {
        t.missed++;
        wrong.add("  MISSED " + kind + " in " + c.id() + ": " + q);
      } else if (kind.equals("next_step") && !sameStep(c, gold, match.get())) {
        t.missed++;
        wrong.add(
            "  WRONG  next_step in "
                + c.id()
                + ": "
                + q
                + " expected "
                + gold
                + " got "
                + match.get());
      } else {
        t.found++;
      }
    }
    for (JsonNode x : ofKind) {
      if (used.stream().noneMatch(u -> u == x)) {
        t.false_++;
        wrong.add(
            "  FALSE  "
                + kind
                + " in "
                + c.id()
                + ": "
                + x.path("text").asString()
                + "  ["
                + x.path("rule").asString()
                + "]");
      }
    }
  }

  private static boolean sameStep(Case c, JsonNode gold, JsonNode claim) {
    String owner =
        gold.path("owner").isNull() || gold.path("owner").isMissingNode()
            ? null
            : c.entityOf().get(gold.path("owner").asString());
    String reported =
        claim.path("owner_entity_id").isString() ? claim.path("owner_entity_id").asString() : null;
    boolean due = claim.path("due").isString();
    return java.util.Objects.equals(owner, reported)
        && due == gold.path("due").asBoolean()
        && claim.path("committed").asBoolean() == gold.path("committed").asBoolean();
  }

  private void competitors(Case c, List<JsonNode> claims) {
    Tally t = tally("competitor");
    List<String> reported =
        claims.stream()
            .filter(x -> x.path("kind").asString().equals("competitor"))
            .map(x -> norm(x.path("name").asString()))
            .toList();
    List<String> matched = new ArrayList<>();
    for (JsonNode gold : c.truth().path("competitors")) {
      List<String> names = new ArrayList<>(quotes(gold.path("aliases")));
      names.add(norm(gold.path("name").asString()));
      List<String> hits =
          reported.stream().filter(r -> names.stream().anyMatch(n -> sameName(n, r))).toList();
      matched.addAll(hits);
      if (hits.isEmpty()) {
        t.missed++;
        wrong.add("  MISSED competitor in " + c.id() + ": " + names);
      } else {
        t.found++;
      }
    }
    for (String r : reported) {
      if (!matched.contains(r)) {
        t.false_++;
        wrong.add("  FALSE  competitor in " + c.id() + ": " + r);
      }
    }
  }

  /** Two names are the same when equal or when one is the other plus more words. */
  static boolean sameName(String a, String b) {
    return a.equals(b)
        || (" " + a + " ").contains(" " + b + " ")
        || (" " + b + " ").contains(" " + a + " ");
  }

  /** Playbook elements and competencies: each element's state and, when covered, its evidence. */
  private void elements(
      Case c, String field, String kind, String key, String state, List<JsonNode> claims) {
    Tally t = tally(kind);
    String target = c.entityOf().get(c.truth().path("target").asString());
    for (Map.Entry<String, JsonNode> e : c.truth().path(field).properties()) {
      JsonNode gold = e.getValue();
      boolean covered = gold.path("covered").asBoolean();
      Optional<JsonNode> claim =
          claims.stream()
              .filter(x -> x.path("kind").asString().equals(kind))
              .filter(x -> norm(x.path(key).asString()).equals(templateId(e.getKey())))
              .findFirst();
      boolean reportedCovered = claim.map(x -> x.path(state).asBoolean()).orElse(false);
      boolean right =
          claim.isPresent()
              && reportedCovered == covered
              && (!covered
                  || quotes(claim.get(), quotes(gold.path("evidence")))
                  || (kind.equals("competency")
                      && target.equals(claim.get().path("entity_id").asString())
                      && gold.path("evidence").isEmpty()));
      if (right) {
        t.found++;
      } else if (reportedCovered && !covered) {
        t.false_++;
        wrong.add(
            "  FALSE  "
                + kind
                + " "
                + e.getKey()
                + " in "
                + c.id()
                + ": "
                + claim.get().path("text").asString());
      } else {
        t.missed++;
        wrong.add(
            "  WRONG  "
                + kind
                + " "
                + e.getKey()
                + " in "
                + c.id()
                + ": expected "
                + gold
                + ", got "
                + claim.map(JsonNode::toString).orElse("nothing"));
      }
    }
  }

  /**
   * The template's id of an element or competency of the truth: the truth names two default
   * competencies by their full labels ({@code mentoring_leadership}, {@code
   * learning_adaptability}), the template by their short ids.
   */
  static String templateId(String truthId) {
    return switch (truthId) {
      case "mentoring_leadership" -> "mentoring";
      case "learning_adaptability" -> "learning";
      default -> norm(truthId);
    };
  }

  /**
   * STAR: each part of each gold answer found, each other part reported false; an answer marked
   * {@code optional} counts neither way, like an optional sentence of the other kinds.
   */
  private void star(Case c, List<JsonNode> claims) {
    Tally t = tally("star_part");
    List<JsonNode> reported =
        claims.stream().filter(x -> x.path("kind").asString().equals("star")).toList();
    List<JsonNode> used = new ArrayList<>();
    for (JsonNode gold : c.truth().path("star")) {
      List<String> q = quotes(gold.path("answer"));
      Optional<JsonNode> claim = reported.stream().filter(x -> quotes(x, q)).findFirst();
      claim.ifPresent(used::add);
      if (gold.path("optional").asBoolean(false)) {
        continue; // a borderline answer: whatever parts are reported on it are neither right nor
        // wrong
      }
      String goldParts = gold.path("parts").asString();
      String got = claim.map(x -> x.path("parts").asString()).orElse("");
      for (char p : "STAR".toCharArray()) {
        boolean g = goldParts.indexOf(p) >= 0;
        boolean r = got.indexOf(p) >= 0;
        if (g && r) {
          t.found++;
        } else if (g) {
          t.missed++;
          wrong.add(
              "  MISSED star "
                  + p
                  + " in "
                  + c.id()
                  + ": "
                  + q
                  + (claim.isEmpty() ? " (answer not found)" : ""));
        } else if (r) {
          t.false_++;
          wrong.add("  FALSE  star " + p + " in " + c.id() + ": " + q);
        }
      }
    }
    for (JsonNode x : reported) {
      if (used.stream().noneMatch(u -> u == x)) {
        String parts = x.path("parts").asString();
        t.false_ += parts.length();
        if (!parts.isEmpty()) {
          wrong.add(
              "  FALSE  star "
                  + parts
                  + " in "
                  + c.id()
                  + " on an answer not in the truth: "
                  + x.path("text").asString());
        }
      }
    }
  }

  /**
   * Speaker names: each gold name shown for its speaker (an inferred name from {@code
   * raw.media.speaker_names}, else the label the transcript gives), each inferred name that is not
   * the speaker's is false.
   */
  private void names(Case c, JsonNode report, Media media) {
    Tally t = tally("name");
    Map<String, String> labels = new HashMap<>();
    media.entities().forEach(e -> e.label().ifPresent(l -> labels.put(e.id(), norm(l))));
    Map<String, String> shown = new HashMap<>();
    report
        .path("raw")
        .path("media")
        .path("speaker_names")
        .forEach(n -> shown.put(n.path("entity_id").asString(), norm(n.path("name").asString())));
    Map<String, String> expected = new HashMap<>();
    c.truth()
        .path("names")
        .forEach(
            n ->
                expected.put(
                    c.entityOf().get(n.path("speaker").asString()),
                    norm(n.path("name").asString())));
    expected.forEach(
        (entity, name) -> {
          String got = shown.getOrDefault(entity, labels.get(entity));
          if (got != null && sameName(name, got)) {
            t.found++;
          } else {
            t.missed++;
            wrong.add(
                "  WRONG  name of "
                    + entity
                    + " in "
                    + c.id()
                    + ": expected "
                    + name
                    + ", got "
                    + got);
          }
        });
    shown.forEach(
        (entity, name) -> {
          String gold = expected.get(entity);
          if (gold == null || !sameName(gold, name)) {
            t.false_++;
            wrong.add("  FALSE  name of " + entity + " in " + c.id() + ": " + name);
          }
        });
  }

  private void hints(Case c, ReportEngine engine, String mediaId) {
    for (JsonNode h : c.truth().path("hints")) {
      String hint = h.path("hint").asString();
      String expectedRef = h.path("expected").asString();
      String expected = expectedRef.equals(MISS) ? MISS : c.entityOf().get(expectedRef);
      String actual;
      String why = "";
      String rule = "miss";
      JobHandle job =
          engine.submit(
              CreateReportJobRequest.of(
                  mediaId, Template.GENERAL_REPORT, TargetSpec.magicHint(hint)));
      try {
        job.await(WAIT);
        JsonNode report =
            job.snapshot().status() == dev.reportengine.api.JobStatus.SUCCEEDED
                ? JSON.readTree(engine.api().getReportByJob(job.jobId()).json())
                : null;
        actual = report == null ? "failed" : report.path("entity").path("id").asString();
        if (report != null) {
          String target = report.path("raw").path("target").toString();
          rule = report.path("raw").path("target").path("rule").asString("unknown");
          why = " because " + target.substring(0, Math.min(400, target.length()));
        }
      } catch (JobFailedException e) {
        actual =
            e.error().code() == ErrorCode.TARGET_NOT_FOUND ? MISS : "failed: " + e.error().code();
        String message = e.error().message();
        why = " because " + message.substring(0, Math.min(700, message.length()));
      }
      hintsTotal++;
      int[] byRule = hintRules.computeIfAbsent(rule, r -> new int[2]);
      byRule[1]++;
      if (actual.equals(expected)) {
        byRule[0]++;
        hintsRight++;
      } else {
        wrong.add(
            "  WRONG  hint ["
                + hint
                + "] in "
                + c.id()
                + ": expected "
                + expected
                + " ("
                + expectedRef
                + "), got "
                + actual
                + why);
      }
    }
  }
}
