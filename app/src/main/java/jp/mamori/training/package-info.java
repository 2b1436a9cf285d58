/**
 * 教育・訓練: the yearly training plan approved by the CISO (or recorded as decided by the
 * committee), courses by kind and audience, e-learning in the product (material and a short test
 * with a pass mark), classroom sessions with their roster and attendance, 標的型メール訓練 results, and
 * the completion of every person per 年度 with reminders of what is still owed. Pages and the API are
 * in {@code training.web}.
 */
@NullMarked
package jp.mamori.training;

import org.jspecify.annotations.NullMarked;
