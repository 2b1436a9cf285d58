/**
 * What every module's pages share for forms: the problems a service found put on the form's fields
 * ({@link jp.mamori.web.form.FormProblems}) and the one-line messages shown after a redirect
 * ({@link jp.mamori.web.form.Flash}), and a step posted from a button done with its notice or refusal
 * ({@link jp.mamori.web.form.Steps}). The markup that goes with them is in
 * {@code templates/fragments/form.html}. A Spring Modulith named interface of {@code web}, so
 * modules may use it without reaching into the rest of the web frame.
 */
@NamedInterface("form")
@NullMarked
package jp.mamori.web.form;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
