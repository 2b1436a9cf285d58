/**
 * The risk register (リスク管理台帳): risks to an asset or information system from a threat, assessed
 * on the matrix the body configures, treated with named measures of the control catalogue (or
 * accepted, transferred, avoided), and accepted by the CISO, which freezes the assessment as it
 * stood. The {@code web} package holds its pages and its REST API.
 */
@NullMarked
package jp.mamori.risk;

import org.jspecify.annotations.NullMarked;
