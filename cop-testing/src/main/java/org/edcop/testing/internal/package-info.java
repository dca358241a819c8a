/**
 * Implementation details of {@code org.edcop.testing}: the sample plans' contents and the random
 * generator's parts. Not part of the public API: anything here may change in any release.
 */
package org.edcop.testing.internal;
