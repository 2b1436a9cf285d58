/**
 * The risk register's pages ({@code /risks…}) and REST API ({@code /api/v1/risks}): thin handlers,
 * each authorised, that call {@link jp.mamori.risk.RiskRegister}.
 */
@NullMarked
package jp.mamori.risk.web;

import org.jspecify.annotations.NullMarked;
