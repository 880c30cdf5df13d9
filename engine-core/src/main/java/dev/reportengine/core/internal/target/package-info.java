/**
 * The built-in target resolvers, one per {@code target.strategy}, and the speech totals they rank
 * entities by.
 */
package dev.reportengine.core.internal.target;
