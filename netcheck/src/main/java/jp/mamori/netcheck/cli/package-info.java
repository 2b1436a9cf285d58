/** The netcheck command line: rules, flows and init, run without the web application. */
@NullMarked
package jp.mamori.netcheck.cli;

import org.jspecify.annotations.NullMarked;
