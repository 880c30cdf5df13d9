/** Helpers shared by engine-core's tests: locating repository and shared test files. */
package dev.reportengine.core.testing;
