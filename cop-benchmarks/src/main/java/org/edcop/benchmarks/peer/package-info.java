/**
 * The peer the library is measured against: the plan's JSON document as plain records with Jakarta
 * constraints, read by Jackson databind and checked by Hibernate Validator. Benchmark code only;
 * not an API.
 */
package org.edcop.benchmarks.peer;
