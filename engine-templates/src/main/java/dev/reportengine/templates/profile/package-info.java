/**
 * The {@code profile_alignment} template: per profile item, evidence from the target's sentences by
 * BM25 and explicit first-person claims, a level or "not observed", coverage and a weighted
 * alignment over the observed items, with the limits of inferring traits from speech.
 */
package dev.reportengine.templates.profile;
