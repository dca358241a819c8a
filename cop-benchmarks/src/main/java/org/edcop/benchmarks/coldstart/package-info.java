/**
 * The programs the cold-start benchmark runs, each in a fresh JVM: read one plan, validate it,
 * print the result, exit. Benchmark code only; not an API.
 */
package org.edcop.benchmarks.coldstart;
