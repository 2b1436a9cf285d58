/**
 * The body's information security policy as documents: one basic policy (基本方針), standards
 * (対策基準) under it and procedures (実施手順) under the standards, each revised over time and
 * approved (決裁) by an ordered list of approvers; who may read which document is decided by
 * {@link jp.mamori.policy.ReadingRule} alone. Staff acknowledgement, print, PDF, import and export
 * live here too.
 */
@NullMarked
package jp.mamori.policy;

import org.jspecify.annotations.NullMarked;
