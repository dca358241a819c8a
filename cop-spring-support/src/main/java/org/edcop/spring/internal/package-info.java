/**
 * Internals of the Spring support shared with the two starters (the parts of their Jackson error
 * translators that do not depend on the Jackson generation); not API.
 */
package org.edcop.spring.internal;
