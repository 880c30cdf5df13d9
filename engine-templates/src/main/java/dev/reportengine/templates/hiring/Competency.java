package dev.reportengine.templates.hiring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A competency the interview is read for.
 *
 * @param id a stable identifier, such as {@code problem_solving}
 * @param label the heading shown in the report
 * @param description what the competency means
 * @param keywords words and phrases that put an answer on this competency's topic
 * @param anchors the level anchors, lowest level first
 */
record Competency(
    String id, String label, String description, List<String> keywords, List<Anchor> anchors) {

  Competency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    keywords = List.copyOf(keywords);
    anchors = anchors.stream().sorted(Comparator.comparingInt(Anchor::level)).toList();
  }

  /**
   * One level anchor: what an answer at this level shows.
   *
   * @param level the level, 1 (lowest) to 5
   * @param label what the level means, such as {@code Explains how they found the cause}
   * @param indicators phrases that show the level; empty means any on-topic answer shows it
   */
  record Anchor(int level, String label, List<String> indicators) {

    Anchor {
      Objects.requireNonNull(label, "label");
      indicators = List.copyOf(indicators);
    }
  }
}
