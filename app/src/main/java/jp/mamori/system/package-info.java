/**
 * The 情報システム台帳: information systems, each linked to its asset of kind ① in the asset register,
 * with purpose, network zone, 情報システム管理者 and 担当者, contractor, held assets (highest class
 * computed), devices and terminals, recovery time objective and backup, and the findings where these
 * facts contradict the policy. Other modules read it through {@link jp.mamori.system.SystemRegister}.
 */
@NullMarked
package jp.mamori.system;

import org.jspecify.annotations.NullMarked;
