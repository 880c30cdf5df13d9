package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.Lexicon;
import java.util.List;

/**
 * One element of a sales playbook and the phrases that show it was covered.
 *
 * @param name the element's name, such as {@code Budget}
 * @param phrases the phrases, matched as whole words ignoring case
 */
record PlaybookElement(String name, List<String> phrases) {

  PlaybookElement {
    phrases = List.copyOf(phrases);
  }

  Lexicon lexicon() {
    return Lexicon.of(phrases);
  }
}
