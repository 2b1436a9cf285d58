/**
 * 業務委託, 外部サービス and SNS: who else holds the body's information and on what terms. Contractors
 * with their certifications and contracts (assets touched, place of work, 再委託, the body's clause
 * checklist, the contract file, periodic checks, linked incidents, the return/destruction certificate),
 * cloud services with their ISMAP registration, the highest class they may hold and the CISO's
 * approval, and the body's official SNS accounts. Where the facts break the policy, a finding names the
 * measure of the control catalogue it concerns.
 */
@NullMarked
package jp.mamori.supplier;

import org.jspecify.annotations.NullMarked;
