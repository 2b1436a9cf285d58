/**
 * The control catalogue (対策基準) itself: versioned measures with their applicability conditions, the
 * shipped catalogue, YAML in and out, tailoring of a draft version and its approval chain, the PDF,
 * and the {@code controls} commands. Other modules read it through {@link
 * jp.mamori.control.ControlCatalogue}.
 */
@NullMarked
package jp.mamori.control.catalogue;

import org.jspecify.annotations.NullMarked;
