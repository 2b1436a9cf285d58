/** The policy module's pages, REST API, forms and view models. */
@NullMarked
package jp.mamori.policy.web;

import org.jspecify.annotations.NullMarked;
