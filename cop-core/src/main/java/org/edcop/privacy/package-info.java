/**
 * Sharing a plan without the personal data it holds, and erasing a person on request (for districts
 * under FERPA, Alberta's FOIP/PIPA or the GDPR). {@link org.edcop.privacy.Privacy#redact} produces
 * a copy for a wider audience according to a {@link org.edcop.privacy.RedactionProfile}; {@link
 * org.edcop.privacy.Privacy#erase} removes one member's personal data, replaces every reference to
 * them with a tombstone id and returns an {@link org.edcop.privacy.ErasureReport}. Both keep the
 * roster's size, tiers, tier history and attendance, so counts, learning time and the structural
 * validation findings stay the same. docs/privacy.md lists every property that holds personal data.
 *
 * @since 0.2.0
 */
@CopStyle
package org.edcop.privacy;

import org.edcop.model.internal.CopStyle;
