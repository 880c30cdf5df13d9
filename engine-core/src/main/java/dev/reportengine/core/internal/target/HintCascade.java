package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.Resolution.Candidate;
import dev.reportengine.api.spi.Resolution.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The magic-hint cascade: rules (a) name, (b) self-introduction, (b2) unknown name, (c) address,
 * (c2) absent person (a miss for a name the call speaks of but no speaker has), (d) role, (d2)
 * organisation, (e) ordinal, (f) time reference and (g) topic, in that order. The first rule whose
 * best candidate reaches {@link HintPolicy#minConfidence()} decides: found when it leads the
 * runner-up by {@link HintPolicy#minMargin()}, else a near-tie miss. A rule whose best is weaker
 * hands on to the next; a conclusive rule (ordinal, time, or an absent person, post or
 * organisation's outsider the rule recognises) ends the cascade either way. Every score seen is
 * reported as a candidate. A hint that opens with a speaker's name in the possessive ("Callum's old
 * supervisor") never resolves to that speaker.
 */
final class HintCascade {

  /** A rule with its name for reports. */
  record Step(String name, HintRule rule) {}

  private final List<Step> steps;
  private final HintPolicy policy;

  HintCascade(List<Step> steps, HintPolicy policy) {
    this.steps = List.copyOf(steps);
    this.policy = policy;
  }

  /** The rules in their documented order. */
  static HintCascade standard(HintPolicy policy) {
    return new HintCascade(
        List.of(
            new Step("name", new NameRule()),
            new Step("self_introduction", new SelfIntroductionRule()),
            new Step("unknown_name", new UnknownNameRule()),
            new Step("address", new AddressRule()),
            new Step("absent_person", new AbsentPersonRule()),
            new Step("colleague", new ColleagueRule()),
            new Step("note_taker", new NoteTakerRule()),
            new Step("role", new RoleRule(RoleLexicon.standard())),
            new Step("organisation", new OrganisationRule()),
            new Step("ordinal", new OrdinalRule()),
            new Step("time_reference", new TimeReferenceRule(policy.timeWindowSeconds())),
            new Step("topic", new TopicRule())),
        policy);
  }

  /**
   * Resolves {@code hintText} in {@code media}. When the hint as typed finds nobody, a name the
   * call never says but spells near it ({@link NameSpelling}: "Alistair" for Alasdair) is read as
   * that name, and if the hint so read finds someone, that is the answer; the evidence says so.
   */
  Resolution resolve(Media media, String hintText) {
    HintConversation conversation = new HintConversation(media);
    Resolution typed = resolve(media, conversation, hintText);
    if (typed instanceof Resolution.Found) {
      return typed;
    }
    Optional<String> respelled = NameSpelling.corrected(hintText, conversation);
    if (respelled.isPresent()
        && resolve(media, conversation, respelled.get()) instanceof Resolution.Found found) {
      List<Evidence> evidence = new ArrayList<>(found.evidence());
      evidence.add(
          Evidence.of(
              "the hint ["
                  + hintText
                  + "] read as ["
                  + respelled.get()
                  + "]: the call never says the name as typed, and says this one, the nearest in spelling,"
                  + " sound or form"));
      return new Resolution.Found(
          found.entity(), found.confidence(), found.rule(), evidence, found.candidates());
    }
    return typed;
  }

  private Resolution resolve(Media media, HintConversation conversation, String hintText) {
    HintText hint = HintText.of(hintText);
    List<Candidate> considered = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> related = relatedTo(hintText, conversation);
    for (Step step : steps) {
      RuleResult result = step.rule().apply(hint, conversation);
      List<Scored> scored =
          result.scored().stream().filter(s -> !related.contains(s.entity().id())).toList();
      scored.forEach(s -> considered.add(new Candidate(s.entity(), s.score(), s.rule())));
      Scored top = scored.isEmpty() ? null : scored.get(0);
      if (top != null && top.score() >= policy.minConfidence()) {
        double second = scored.size() > 1 ? scored.get(1).score() : 0;
        if (top.score() - second < policy.minMargin()) {
          return new Resolution.Miss(
              "the hint ["
                  + hintText
                  + "] fits several entities almost equally under rule "
                  + top.rule()
                  + " (margin below "
                  + number(policy.minMargin())
                  + "): "
                  + list(
                      scored.stream()
                          .map(s -> new Candidate(s.entity(), s.score(), s.rule()))
                          .toList()),
              considered);
        }
        return new Resolution.Found(
            top.entity(), top.score(), top.rule(), top.evidence(), considered);
      }
      if (top != null) {
        notes.add(
            step.name()
                + ": best "
                + number(top.score())
                + ", below "
                + number(policy.minConfidence()));
      }
      result.note().filter(n -> scored.isEmpty()).ifPresent(notes::add);
      if (result.conclusive()) {
        break;
      }
    }
    return new Resolution.Miss(
        "no rule found a clear match for the hint ["
            + hintText
            + "]"
            + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")
            + "; candidates considered: "
            + (considered.isEmpty() ? "none" : list(considered))
            + "; entities: "
            + media.entities().stream()
                .map(HintConversation::describe)
                .collect(Collectors.joining(", ")),
        considered);
  }

  /**
   * A hint that opens with a speaker's name in the possessive ("Callum's old supervisor", "callum
   * reid's colleague") picks someone related to that speaker: a speaker whose name (their label
   * without a bracketed company, "Priya Shah (Northwind)") has every word of it is never the
   * answer, whatever else the rules find of them (two speakers of the name: neither is).
   */
  private static final Pattern RELATED =
      Pattern.compile("^\\s*(\\p{L}[\\p{L}-]+(?:\\s+\\p{L}[\\p{L}-]+)?)['’]s\\s+\\p{L}");

  /** The ids of the speakers a hint's opening possessive ({@link #RELATED}) names. */
  private static List<String> relatedTo(String hintText, HintConversation conversation) {
    Matcher m = RELATED.matcher(hintText);
    if (!m.find()) {
      return List.of();
    }
    return conversation.speakersNamed(m.group(1)).stream().map(Entity::id).toList();
  }

  static String list(List<Candidate> candidates) {
    return candidates.stream()
        .map(
            c ->
                HintConversation.describe(c.entity())
                    + " "
                    + number(c.score())
                    + " ("
                    + c.rule()
                    + ")")
        .collect(Collectors.joining(", "));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
