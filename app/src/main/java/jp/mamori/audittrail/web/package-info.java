/** The audittrail module's pages, REST API, forms and view models. */
@NullMarked
package jp.mamori.audittrail.web;

import org.jspecify.annotations.NullMarked;
