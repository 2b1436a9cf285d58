/** The organization module's pages, REST API, forms and view models. */
@NullMarked
package jp.mamori.organization.web;

import org.jspecify.annotations.NullMarked;
