/** The asset module's pages, REST API, forms and view models. */
@NullMarked
package jp.mamori.asset.web;

import org.jspecify.annotations.NullMarked;
