/**
 * An immutable JSON value model for the contract's free-form fields ({@code templateParams}, {@code
 * metrics}, {@code raw} and free {@code section_content}), so the API needs no JSON library.
 */
@NullMarked
package dev.reportengine.api.json;

import org.jspecify.annotations.NullMarked;
