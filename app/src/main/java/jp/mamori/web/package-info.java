/**
 * The web frame every page sits in: layout, navigation, language switch, 和暦 in templates, the home
 * page, and the one place where errors become error pages or RFC 9457 problem JSON. No business
 * logic lives here.
 */
@NullMarked
package jp.mamori.web;

import org.jspecify.annotations.NullMarked;
