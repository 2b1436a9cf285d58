/**
 * The office's picture of the body's security (情報セキュリティの状況): every module's
 * {@link jp.mamori.shared.FigureSource} collected into tables per unit, per 対策基準 chapter and per
 * month, each number beside a bar drawn on the server and linked to the records behind it, for the
 * 情報セキュリティ管理者 and up. See docs/reporting.md.
 */
@NullMarked
package jp.mamori.reporting;

import org.jspecify.annotations.NullMarked;
