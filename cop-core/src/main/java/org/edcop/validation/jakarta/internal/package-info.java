/**
 * Internal: the constraint validator behind {@code @ValidCommunityOfPractice}, the translation of
 * JSON Pointers into property paths, and the only code that touches Hibernate Validator's public
 * API. Not part of the public API; anything here may change in any release without notice. Use
 * {@code org.edcop.validation.jakarta} instead.
 */
package org.edcop.validation.jakarta.internal;
