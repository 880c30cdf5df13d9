package dev.reportengine.api;

import java.util.Objects;

/**
 * One section of a report ({@code sections[]}).
 *
 * @param title {@code section_title}
 * @param content {@code section_content}: one block, a list of blocks, or free JSON
 */
public record Section(String title, SectionContent content) {

  /** Requires both parts. */
  public Section {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
  }
}
