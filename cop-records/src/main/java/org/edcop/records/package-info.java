/**
 * Professional learning records out of a plan, for district HR and learning-management systems
 * (guide sections: Collaborative Plan, Results, Connection to Professional Practice). {@link
 * org.edcop.records.LearningRecords} computes one {@link org.edcop.records.LearningRecord} per
 * member as of a date under a {@link org.edcop.records.CreditPolicy}; {@link
 * org.edcop.records.LearningRecordsCsv} writes them as RFC 4180 CSV with the columns of {@link
 * org.edcop.records.LearningRecordColumn}; {@link org.edcop.records.AchievementCredentials} makes
 * an Open Badges 3.0 achievement credential for each member who completed. JSON (records,
 * credentials, credit policies) is read and written by the cop JSON facades. docs/records.md
 * explains the credit arithmetic.
 *
 * @since 0.2.0
 */
@CopStyle
package org.edcop.records;

import org.edcop.model.internal.CopStyle;
