/**
 * Exceptions (例外措置) to measures: the register, their decision by the CISO with a fresh second
 * factor, renewal, expiry and reminders, and the export of network exceptions for netcheck. The
 * {@code network} module reads the exceptions holding on a day through {@link
 * jp.mamori.control.exceptions.Exceptions} and parses paths with {@link
 * jp.mamori.control.exceptions.NetworkPath}: those two types form the named interface
 * {@code exceptions}.
 */
@NullMarked
package jp.mamori.control.exceptions;

import org.jspecify.annotations.NullMarked;
