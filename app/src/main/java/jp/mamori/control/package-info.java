/**
 * The control catalogue (対策基準) as data: versioned measures with their conditions, tailoring
 * approved like a policy revision, the statement of applicability per unit and information system
 * with its implementation status and evidence, and exceptions (例外措置) decided by the CISO.
 */
@NullMarked
package jp.mamori.control;

import org.jspecify.annotations.NullMarked;
