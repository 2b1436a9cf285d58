/** The office's picture page ({@code /picture}). */
@NullMarked
package jp.mamori.reporting.web;

import org.jspecify.annotations.NullMarked;
