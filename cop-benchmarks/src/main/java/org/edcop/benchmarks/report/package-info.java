/**
 * Turns JMH's JSON results into the Markdown tables of {@code docs/performance.md}: times per
 * operation and per element, allocation, and each goal's ratio. Benchmark tooling; not an API.
 */
package org.edcop.benchmarks.report;
