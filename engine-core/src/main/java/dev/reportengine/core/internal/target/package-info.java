/**
 * The built-in target resolvers, one per {@code target.strategy}: speech totals for {@code
 * dominant} and {@code timerange}, exact ids, and the {@code magic_hint} cascade ({@code
 * HintCascade}) with one class per rule family.
 */
package dev.reportengine.core.internal.target;
