/**
 * PDF output shared by the modules that print: locating a Japanese font to embed (a configured
 * path, then the fonts a Debian or Windows machine ships) and refusing clearly when there is none.
 * Layout belongs to each module; this module only supplies the font.
 */
@NullMarked
package jp.mamori.printing;

import org.jspecify.annotations.NullMarked;
