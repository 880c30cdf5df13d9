/**
 * The service-provider interfaces that plug into the engine: report templates, target resolvers,
 * media sources, stores, the webhook sender, renderers of further document formats such as PDF, and
 * observers of the engine's work (metrics, tracing). Each takes a context record so it can grow
 * without breaking implementers. Built-in templates and resolvers are found with {@link
 * java.util.ServiceLoader} and can also be registered on the engine's builder, where a registration
 * wins.
 */
@NullMarked
package dev.reportengine.api.spi;

import org.jspecify.annotations.NullMarked;
