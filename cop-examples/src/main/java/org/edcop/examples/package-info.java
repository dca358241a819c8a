/**
 * Examples of embedding cop in an integrator's own system; {@link
 * org.edcop.examples.EmbeddingExample} is the README's code sample.
 */
package org.edcop.examples;
