/**
 * Helpers shared by engine-core's tests: a webhook receiver on loopback and an independent Standard
 * Webhooks verifier.
 */
package dev.reportengine.core.testing;
