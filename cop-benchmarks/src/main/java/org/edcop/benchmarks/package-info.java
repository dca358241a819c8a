/**
 * JMH benchmarks of cop: reading, writing and validating plans of 10 to 10,000 members and
 * meetings, against a Jackson token walk of the same bytes (the floor) and plain records read by
 * Jackson databind and checked by Hibernate Validator (the peer), plus a cold-start comparison. Run
 * them with {@code bench/run.sh}; results are discussed in {@code docs/performance.md}. Benchmark
 * code only; not an API.
 */
package org.edcop.benchmarks;
