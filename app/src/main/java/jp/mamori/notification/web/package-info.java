/** The notification module's pages, REST API, forms and view models. */
@NullMarked
package jp.mamori.notification.web;

import org.jspecify.annotations.NullMarked;
