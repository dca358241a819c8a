/**
 * The shared test suite of the cop JSON format. Each suite is an abstract JUnit 5 test class whose
 * constructor takes the module under test ({@link org.edcop.json.tck.Codecs}); cop-json and
 * cop-json3 each extend every suite with a one-line subclass, so both Jackson generations pass
 * exactly the same tests. Nothing here depends on Jackson databind.
 */
package org.edcop.json.tck;
