/** Findings and reports of netcheck, and their text, JSON and SARIF renderings. */
@NullMarked
package jp.mamori.netcheck.report;

import org.jspecify.annotations.NullMarked;
