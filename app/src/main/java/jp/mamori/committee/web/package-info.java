/** Pages and REST API of the committee module. */
@NullMarked
package jp.mamori.committee.web;

import org.jspecify.annotations.NullMarked;
