/**
 * Deliberately broken class sets, never part of cop: each breaks one rule of {@code LayeringTest}
 * so that {@code LayeringFixturesTest} can show the rule failing.
 */
package org.edcop.archfixture;
