/**
 * The control catalogue (対策基準) as data: versioned measures with their conditions, tailoring
 * approved like a policy revision, the statement of applicability per unit and information system
 * with its implementation status and evidence, and exceptions (例外措置) decided by the CISO.
 *
 * <p>This root package is the module's face to other modules: {@link ControlCatalogue}, {@link
 * StatementOfApplicability}, their values and the {@link ControlEvent} family. The work is split by
 * concern into {@code catalogue}, {@code soa} and {@code exceptions} (the last exposes the named
 * interface {@code exceptions} to the network module; the three command classes form the named
 * interface {@code commands} for the launcher); pages and API are in {@code web}.
 */
@NullMarked
package jp.mamori.control;

import org.jspecify.annotations.NullMarked;
