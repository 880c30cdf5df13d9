/**
 * An immutable JSON value model for the contract's free-form fields ({@code templateParams}, {@code
 * metrics}, {@code raw} and free {@code section_content}), so the API needs no JSON library.
 */
package dev.reportengine.api.json;
