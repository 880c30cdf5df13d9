/**
 * Webhook delivery: on a job's terminal status, a signed JSON event is posted to the request's
 * {@code webhook.url} from the engine's own delivery threads, with address checks before any I/O,
 * retries on a backoff schedule and a queryable log of every attempt.
 */
package dev.reportengine.core.internal.webhook;
