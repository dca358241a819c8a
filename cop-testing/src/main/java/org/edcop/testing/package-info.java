/**
 * Test fixtures for cop and for applications that use it: hand-written {@link
 * org.edcop.testing.SamplePlans sample plans} (complete ones and instructive drafts) and a seeded
 * {@link org.edcop.testing.RandomPlans random plan generator} that can plant known {@link
 * org.edcop.testing.Mistake mistakes}. Depend on this module in test scope only.
 */
@CopStyle
package org.edcop.testing;

import org.edcop.model.internal.CopStyle;
