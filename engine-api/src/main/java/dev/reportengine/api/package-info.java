/**
 * The Reports v1 contract as immutable Java types: the create-job request and response, the report
 * with its sections and blocks, the job lifecycle types and the engine's exceptions. JSON field
 * names are given on each type; the JSON mapping itself lives in {@code engine-core}.
 */
package dev.reportengine.api;
