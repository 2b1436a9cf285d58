/**
 * Who is who in the body: org units at any depth, people and their employment categories, role
 * assignments with validity periods, and the segregation-of-duties checks other modules call.
 */
@NullMarked
package jp.mamori.organization;

import org.jspecify.annotations.NullMarked;
