/**
 * Language-level text processing with no knowledge of reports or media: words and index terms
 * ({@link dev.reportengine.text.Tokens}), stopwords, sentences and BM25 ranking. Every class is
 * stateless or immutable, deterministic and thread-safe.
 *
 * <p>Nullness: {@code @NullMarked} (JSpecify): no parameter or return value is null.
 */
@NullMarked
package dev.reportengine.text;

import org.jspecify.annotations.NullMarked;
