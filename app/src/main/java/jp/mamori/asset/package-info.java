/**
 * The information asset register (情報資産管理台帳): assets with their classification under a
 * versioned scheme, the handling rules that follow from it, the rules checked on the register,
 * disposal with a second person's approval, and the history of every change.
 */
@NullMarked
package jp.mamori.asset;

import org.jspecify.annotations.NullMarked;
