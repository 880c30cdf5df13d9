/**
 * The media model: an analyzed conversation as the engine sees it, whatever file format it came
 * from. Entities are the people (or unknown speakers); utterances say who spoke when and what.
 */
@NullMarked
package dev.reportengine.api.media;

import org.jspecify.annotations.NullMarked;
