/**
 * Implementation details of the model. Not part of the public API: anything here may change in any
 * release without notice.
 */
package org.edcop.model.internal;
