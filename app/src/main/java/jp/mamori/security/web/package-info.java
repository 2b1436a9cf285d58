/** The security module's pages: sign-in, the code step, enrolment, the own account, setup and administration of accounts. */
@NullMarked
package jp.mamori.security.web;

import org.jspecify.annotations.NullMarked;
