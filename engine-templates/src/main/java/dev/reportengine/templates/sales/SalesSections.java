package dev.reportengine.templates.sales;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.CoreMetrics;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.Learned;
import dev.reportengine.templates.analysis.SpeakerStats;
import dev.reportengine.templates.analysis.Turn;
import dev.reportengine.templates.layout.Citations;
import dev.reportengine.templates.layout.Icons;
import dev.reportengine.templates.layout.MetricText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lays out the sales playbook: summary, sections, metrics and evidence. */
final class SalesSections {

  static final String ANALYSIS_VERSION = "3";

  private SalesSections() {}

  static String summary(SalesFacts f) {
    ConversationAnalysis a = f.a();
    SpeakerStats s = a.targetStats();
    String name = a.target().displayName();
    if (s.turns() == 0) {
      return name + " did not speak in this conversation, so there is nothing to coach.";
    }
    StringBuilder out = new StringBuilder();
    List<String> first = new ArrayList<>();
    Objections.main(f.objections())
        .ifPresent(
            o ->
                first.add(
                    "main objection ("
                        + Objections.typeOf(o)
                        + ") \""
                        + o.quote().orElseThrow().quoted()
                        + "\""));
    if (!f.competitors().isEmpty()) {
      first.add(
          "competitors named: "
              + String.join(", ", f.competitors().stream().map(Competitors::nameOf).toList()));
    }
    f.nextSteps().stream()
        .filter(Item::committed)
        .findFirst()
        .or(() -> f.nextSteps().stream().findFirst())
        .ifPresent(
            i ->
                first.add(
                    "next step \""
                        + i.quote().quoted()
                        + "\" ("
                        + i.ownerId().map(a::name).orElse("owner not named")
                        + i.due().map(d -> ", due " + d).orElse("")
                        + (i.committed() ? "" : ", tentative")
                        + ")"));
    if (!first.isEmpty()) {
      String joined = String.join("; ", first);
      out.append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1)).append(". ");
    }
    out.append(name)
        .append(" had ")
        .append(Decimals.percent(s.share()))
        .append(" of the talk time (reference 43%) and asked ")
        .append(a.questions().count())
        .append(" questions (reference 11–14).");
    out.append(" The call covered ")
        .append(f.covered())
        .append(" of ")
        .append(f.coverage().size())
        .append(" playbook elements and has ")
        .append(MetricText.count(f.nextSteps().size(), "next step", "next steps or action items"))
        .append(f.nextSteps().size() == 1 ? " or action item." : ".");
    return out.toString();
  }

  static List<Section> of(SalesFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Overview", new Illustration(IllustrationVariant.GROWTH)));
    sections.add(new Section("At a glance", habits(f, m)));
    sections.add(new Section("Reference ranges", references()));
    sections.add(new Section("Longest monologue and customer story", monologues(f)));
    sections.add(new Section("Competitor mentions", competitors(f)));
    sections.add(
        new Section(
            "Pricing mentions",
            a.language().isEmpty()
                ? unavailable(a)
                : mentions(
                    a,
                    f,
                    f.pricingMentions(),
                    "No price was stated: no sentence named an amount (digits or words with a"
                        + " currency, per seat, per month, a fee or a percentage off), and the"
                        + " price classifier took no sentence with a number for one.")));
    sections.add(new Section("Objections", objections(f)));
    sections.add(new Section("Next steps", nextSteps(f)));
    sections.add(new Section("Playbook coverage", coverage(f)));
    sections.add(new Section("Coaching tips", tips(f)));
    if (!a.unavailableMetrics().isEmpty()) {
      sections.add(new Section("Not available for this language", unavailable(a)));
    }
    return sections;
  }

  private static Text unavailable(ConversationAnalysis a) {
    return Text.of(
        "The transcript's language ("
            + a.media().language().orElse("unknown")
            + ") has no lexicons, so these metrics and sections are not computed: "
            + String.join(", ", a.unavailableMetrics())
            + ".");
  }

  private static Grid habits(SalesFacts f, Map<String, JsonValue> m) {
    List<Card> cards = new ArrayList<>();
    cards.add(
        new Card(
            Icons.PIE_CHART,
            "Talk share",
            MetricText.percent(m, "talk_share") + " (reference 43%)"));
    cards.add(
        new Card(
            Icons.HELP_CIRCLE,
            "Questions",
            MetricText.plain(m, "question_count") + " (reference 11–14)"));
    cards.add(
        new Card(
            Icons.MIC,
            "Longest monologue",
            MetricText.duration(m, "longest_monologue_seconds") + " (reference 2 min)"));
    cards.add(
        new Card(
            Icons.USERS,
            "Longest customer story",
            MetricText.duration(m, "longest_story_by_others_seconds")));
    cards.add(
        new Card(Icons.HOURGLASS, "Patience", MetricText.plain(m, "patience_seconds") + " s"));
    cards.add(
        new Card(
            Icons.ACTIVITY,
            "Interactivity",
            MetricText.plain(m, "interactivity_switches_per_minute") + " switches per minute"));
    if (f.a().rates().isPresent()) {
      cards.add(
          new Card(
              Icons.TYPE,
              "Filler words (shown, not scored)",
              MetricText.plain(m, "filler_rate") + " per 100 words"));
    }
    return new Grid(3, cards);
  }

  private static Text references() {
    return Text.of(
        "Reference ranges, not targets: sellers in "
            + SalesFacts.SOURCE
            + " talked for about 43% of the call; discovery calls with 11 to 14 questions did best;"
            + " top performers' longest monologues stayed under about 2 minutes, and customer"
            + " stories of 4 minutes or more are worth noting. Nothing here is a pass or a fail,"
            + " and filler words are shown but never scored.");
  }

  private static SectionContent monologues(SalesFacts f) {
    ConversationAnalysis a = f.a();
    List<Text> quotes = new ArrayList<>();
    a.monologues()
        .longest()
        .ifPresent(
            t ->
                quotes.add(
                    Citations.quote(
                        a,
                        t.opening(),
                        "longest monologue, " + Durations.spoken(t.durationSeconds()))));
    a.monologues()
        .longestByOthers()
        .ifPresent(
            t ->
                quotes.add(
                    Citations.quote(
                        a,
                        t.opening(),
                        "longest story by others, "
                            + Durations.spoken(t.durationSeconds())
                            + (t.durationSeconds() >= SalesFacts.STORY_NOTED
                                ? " (4 minutes or more: noted)"
                                : ""))));
    return Citations.list(quotes, "Nobody spoke.");
  }

  private static SectionContent competitors(SalesFacts f) {
    ConversationAnalysis a = f.a();
    List<Text> quotes =
        f.competitors().stream()
            .map(
                c ->
                    Citations.quote(
                        a,
                        c.quote().orElseThrow(),
                        name(c)
                            + ", first mentioned "
                            + f.position(c.quote().get().startSeconds())
                            + " ("
                            + c.rule().substring(c.rule().indexOf('.') + 1).replace('_', ' ')
                            + ")"))
            .toList();
    String intro;
    if (f.listed().isEmpty()) {
      intro =
          "No competitors parameter was given, so names said in a competitive context were looked"
              + " for: the tool the buyer is on or pays today, a quote from a rival, a switch, a"
              + " comparison. The seller's and the buyer's own companies, reference customers,"
              + " integrations and people are left out.";
    } else {
      List<String> named = f.competitors().stream().map(Competitors::nameOf).toList();
      List<String> absent = f.listed().stream().filter(n -> !named.contains(n)).toList();
      intro =
          "Listed competitors mentioned: "
              + (named.isEmpty() ? "none" : String.join(", ", named))
              + "; not mentioned: "
              + (absent.isEmpty() ? "none" : String.join(", ", absent))
              + ".";
    }
    return Citations.withIntro(
        Text.of(intro),
        quotes,
        f.listed().isEmpty()
            ? "No competitor was named in such a context."
            : "None of the listed competitors was named.");
  }

  private static String name(dev.reportengine.templates.analysis.Finding c) {
    return Competitors.nameOf(c);
  }

  private static SectionContent objections(SalesFacts f) {
    ConversationAnalysis a = f.a();
    if (a.language().isEmpty()) {
      return unavailable(a);
    }
    return Citations.list(
        f.objections().stream()
            .map(o -> Citations.quote(a, o.quote().orElseThrow(), Objections.describe(o)))
            .toList(),
        "No objections: nobody on the buyer's side pushed back on price, a competitor's terms, who"
            + " signs, timing, need or fit.");
  }

  private static SectionContent mentions(
      ConversationAnalysis a, SalesFacts f, List<Excerpt> mentions, String none) {
    return Citations.list(
        mentions.stream()
            .map(
                e ->
                    Citations.quote(
                        a,
                        e,
                        f.position(e.startSeconds())
                            + Optional.ofNullable(f.learnedPrices().get(e))
                                .map(l -> " (" + l.label() + ")")
                                .orElse("")))
            .toList(),
        none);
  }

  private static SectionContent nextSteps(SalesFacts f) {
    ConversationAnalysis a = f.a();
    if (a.items().isEmpty()) {
      return unavailable(a);
    }
    return Citations.list(
        f.nextSteps().stream().map(i -> Citations.quote(a, i.quote(), describe(a, i))).toList(),
        "No next steps were said in the call.");
  }

  static String describe(ConversationAnalysis a, Item i) {
    return i.kind().wireName().replace('_', ' ')
        + ", owner "
        + i.ownerId().map(a::name).orElse("not named")
        + i.due().map(d -> ", due \"" + d + "\"").orElse("")
        + (i.committed() ? ", committed" : ", tentative");
  }

  private static SectionContent coverage(SalesFacts f) {
    ConversationAnalysis a = f.a();
    if (f.coverage().isEmpty()) {
      return unavailable(a);
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Grid(
            2,
            f.coverage().stream()
                .map(
                    c ->
                        new Card(
                            c.first().isPresent() ? Icons.CHECK_CIRCLE : Icons.CIRCLE,
                            c.element().name(),
                            c.first()
                                .map(e -> "covered at " + Durations.timestamp(e.startSeconds()))
                                .orElse("not covered")))
                .toList()));
    for (SalesFacts.Coverage c : f.coverage()) {
      c.first().ifPresent(e -> blocks.add(Citations.quote(a, e, c.element().name())));
    }
    return new SectionContent.Blocks(blocks);
  }

  private static SectionContent tips(SalesFacts f) {
    ConversationAnalysis a = f.a();
    SpeakerStats s = a.targetStats();
    List<Text> tips = new ArrayList<>();
    Optional<Turn> longest = a.monologues().longest();
    if (s.share() > 0.5 && longest.isPresent()) {
      tips.add(
          Citations.quote(
              a,
              longest.get().opening(),
              "you talked for "
                  + Decimals.percent(s.share())
                  + " of the time, above the 43% reference; the longest stretch began here"));
    }
    if (longest.isPresent() && longest.get().durationSeconds() > SalesFacts.MONOLOGUE_REFERENCE) {
      tips.add(
          Citations.quote(
              a,
              longest.get().opening(),
              "this monologue ran "
                  + Durations.spoken(longest.get().durationSeconds())
                  + ", over the 2-minute reference; a check-in question could break it up"));
    }
    List<Excerpt> questions = a.questions().questions();
    if (questions.size() < SalesFacts.QUESTIONS_LOW && !questions.isEmpty()) {
      tips.add(
          Citations.quote(
              a,
              questions.get(0),
              questions.size()
                  + " questions, below the 11–14 reference; questions like this one open the"
                  + " buyer up"));
    }
    a.monologues()
        .longestByOthers()
        .filter(t -> t.durationSeconds() >= SalesFacts.STORY_NOTED)
        .ifPresent(
            t ->
                tips.add(
                    Citations.quote(
                        a,
                        t.opening(),
                        "the buyer told a story of "
                            + Durations.spoken(t.durationSeconds())
                            + "; letting them talk like this is worth keeping")));
    for (SalesFacts.Coverage c : f.coverage()) {
      if (c.first().isEmpty() && !questions.isEmpty()) {
        tips.add(
            Citations.quote(
                a,
                questions.get(questions.size() - 1),
                "the playbook element "
                    + c.element().name()
                    + " did not come up; a question like this could have led to it"));
        break;
      }
    }
    return Citations.list(tips, "No tips: nothing in the transcript calls for one.");
  }

  static Map<String, JsonValue> metrics(SalesFacts f) {
    Map<String, JsonValue> m = CoreMetrics.of(f.a());
    m.put("talk_share_reference", Decimals.json(SalesFacts.TALK_SHARE_REFERENCE, 2));
    m.put("competitor_mention_count", JsonValue.of(f.competitors().size()));
    if (f.a().language().isPresent()) {
      m.put("pricing_mention_count", JsonValue.of(f.pricingMentions().size()));
      m.put("next_step_count", JsonValue.of(f.nextSteps().size()));
      m.put("objection_count", JsonValue.of(f.objections().size()));
    }
    m.put("playbook_elements", JsonValue.of(f.coverage().size()));
    m.put("playbook_covered", JsonValue.of(f.covered()));
    m.put("playbook_coverage", Decimals.json(f.coverageShare(), 3));
    return m;
  }

  static JsonObject raw(SalesFacts f) {
    return JsonObject.builder()
        .put("analysis_version", ANALYSIS_VERSION)
        .put("target_entity_id", f.a().target().id())
        .put(
            "references",
            JsonObject.builder()
                .put("talk_share", 0.43)
                .put("questions_low", SalesFacts.QUESTIONS_LOW)
                .put("questions_high", SalesFacts.QUESTIONS_HIGH)
                .put("longest_monologue_seconds", SalesFacts.MONOLOGUE_REFERENCE)
                .put("customer_story_noted_seconds", SalesFacts.STORY_NOTED)
                .put("source", SalesFacts.SOURCE)
                .build())
        .put("claims", JsonValue.array(claims(f).stream().map(c -> (JsonValue) c.json()).toList()))
        .build();
  }

  /**
   * Every claim of the sales report with its rule: next steps, competitors, prices, objections and
   * each playbook element's coverage.
   */
  static List<Finding> claims(SalesFacts f) {
    List<Finding> out = new ArrayList<>();
    f.nextSteps().forEach(i -> out.add(i.finding()));
    out.addAll(f.competitors());
    for (Excerpt e : f.pricingMentions()) {
      Learned l = f.learnedPrices().get(e);
      out.add(
          l == null
              ? Finding.of("price", e, "price.amount")
              : Finding.of("price", e, "price.classifier")
                  .scored(l.score())
                  .with("terms", l.joinedTerms()));
    }
    out.addAll(f.objections());
    for (SalesFacts.Coverage c : f.coverage()) {
      Finding claim =
          new Finding("playbook_element", c.first(), c.rule(), c.score(), Map.of())
              .with("element", c.element().name())
              .with("covered", c.first().isPresent());
      if (!c.terms().isEmpty()) {
        claim = claim.with("terms", String.join(", ", c.terms()));
      }
      out.add(c.scored().isPresent() ? claim.with("scored", c.scored().get()) : claim);
    }
    return out;
  }
}
