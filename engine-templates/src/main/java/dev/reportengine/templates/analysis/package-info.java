/**
 * Small, deterministic measurements of a conversation that templates share: talk time and turns per
 * entity, sentences and questions, keywords and notable quotes. Each class computes one thing from
 * the transcript alone.
 */
package dev.reportengine.templates.analysis;
