/**
 * Building blocks shared by the templates: the icon set, quote blocks that cite their time and
 * speaker, and readers of structured template parameters.
 */
package dev.reportengine.templates.layout;
