package dev.reportengine.templates.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of the STAR answer structure (situation, task, action, result) an answer shows, each
 * found by a cue phrase from the language's {@code star-situation}, {@code star-task}, {@code
 * star-action} and {@code star-result} lexicons. A cue shows the part is there, not that it is
 * good.
 *
 * @param situation whether a situation cue occurs
 * @param task whether a task cue occurs
 * @param action whether an action cue occurs
 * @param result whether a result cue occurs
 */
public record StarCheck(boolean situation, boolean task, boolean action, boolean result) {

  /** The STAR parts of an answer given as its lowercase words. */
  public static StarCheck of(List<String> words, LanguagePack language) {
    return new StarCheck(
        language.lexicon("star-situation").count(words) > 0,
        language.lexicon("star-task").count(words) > 0,
        language.lexicon("star-action").count(words) > 0,
        language.lexicon("star-result").count(words) > 0);
  }

  /** How many of the four parts are present, 0..4. */
  public int parts() {
    return (situation ? 1 : 0) + (task ? 1 : 0) + (action ? 1 : 0) + (result ? 1 : 0);
  }

  /** The share of the four parts present, 0..1. */
  public double completeness() {
    return parts() / 4.0;
  }

  /** The parts as letters, a dash for a missing one: {@code S T A –}. */
  public String letters() {
    List<String> out = new ArrayList<>();
    out.add(situation ? "S" : "–");
    out.add(task ? "T" : "–");
    out.add(action ? "A" : "–");
    out.add(result ? "R" : "–");
    return String.join(" ", out);
  }
}
