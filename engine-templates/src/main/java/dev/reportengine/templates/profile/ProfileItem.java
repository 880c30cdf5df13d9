package dev.reportengine.templates.profile;

import java.util.List;
import java.util.Objects;

/**
 * One item of the profile a target is compared with.
 *
 * @param id a stable identifier
 * @param label the heading shown in the report
 * @param type what kind of item it is: skill, experience, knowledge, trait, value or behavior
 * @param description what the item means, shown to readers (not used for matching)
 * @param keywords the words and phrases that are evidence for the item
 * @param antiKeywords words and phrases that are evidence against it
 * @param weight the item's weight in the alignment, 0..10
 */
record ProfileItem(
    String id,
    String label,
    String type,
    String description,
    List<String> keywords,
    List<String> antiKeywords,
    double weight) {

  ProfileItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    keywords = List.copyOf(keywords);
    antiKeywords = List.copyOf(antiKeywords);
  }
}
