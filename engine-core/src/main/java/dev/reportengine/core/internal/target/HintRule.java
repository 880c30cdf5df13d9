package dev.reportengine.core.internal.target;

/** One family of magic-hint rules: scores the entities a hint may mean. Stateless, thread-safe. */
interface HintRule {

  /** Scores the conversation's entities against the hint; never null. */
  RuleResult apply(HintText hint, HintConversation conversation);
}
