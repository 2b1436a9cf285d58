/**
 * Security incidents from the first report to closure: the response steps and their timeline,
 * evidence, escalation along the emergency response plan, and the statutory deadlines for reporting
 * a personal-data breach to the 個人情報保護委員会.
 */
@NullMarked
package jp.mamori.incident;

import org.jspecify.annotations.NullMarked;
