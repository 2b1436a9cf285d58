/** The pages and the REST API of the supplier registers (contractors, cloud services, SNS accounts). */
@NullMarked
package jp.mamori.supplier.web;

import org.jspecify.annotations.NullMarked;
