/**
 * The Reports v1 contract as immutable Java types: the create-job request and response, the report
 * with its sections and blocks, the job lifecycle types and the engine's exceptions. JSON field
 * names are given on each type; the JSON mapping itself lives in {@code engine-core}.
 *
 * <p>Nullness: this package and the other packages of {@code engine-api} are {@code @NullMarked}
 * (JSpecify): a parameter, return value or component is non-null unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}s.
 */
@NullMarked
package dev.reportengine.api;

import org.jspecify.annotations.NullMarked;
