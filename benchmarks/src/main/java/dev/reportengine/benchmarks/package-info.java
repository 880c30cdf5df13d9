/** JMH benchmarks of the engine; results and commands are in {@code benchmarks/README.md}. */
package dev.reportengine.benchmarks;
