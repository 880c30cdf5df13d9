package dev.reportengine.media.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that reads {@code ../shared} (files we may not copy into the repository). The default
 * build leaves these tests out, with or without {@code ../shared}, so that a fresh clone runs the
 * same tests as CI's default run; {@code -Pshared-corpus} (which {@code .ci/run} turns on) runs
 * them, and a missing shared file then fails the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(SharedCorpus.TAG)
public @interface SharedCorpus {
  /** The JUnit tag, as the POM's {@code shared-corpus} profile names it. */
  String TAG = "shared-corpus";
}
