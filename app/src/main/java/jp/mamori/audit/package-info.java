/**
 * 監査 and 自己点検: self-inspection campaigns answered by each unit against the measures that apply
 * to it, and the corrective actions (改善措置) that a 未実施 answer opens, followed until a verifier
 * other than the unit closes them. Pages and the API are in {@code audit.web}.
 */
@NullMarked
package jp.mamori.audit;

import org.jspecify.annotations.NullMarked;
