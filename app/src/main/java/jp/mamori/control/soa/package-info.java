/**
 * The statement of applicability (適用宣言書) per unit and per information system: which measures apply
 * and why, what was recorded for each, evidence files and links, the Excel and PDF export and the
 * {@code soa} command. Other modules read it through {@link jp.mamori.control.StatementOfApplicability}.
 */
@NullMarked
package jp.mamori.control.soa;

import org.jspecify.annotations.NullMarked;
