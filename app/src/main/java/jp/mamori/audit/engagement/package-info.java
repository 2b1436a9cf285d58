/**
 * 情報セキュリティ監査: the medium-term and annual audit plans, each engagement's 実施計画 (scope,
 * criteria, schedule, independent team), its checklist and working papers (監査調書) with evidence
 * files, the findings (指摘事項) and the report from draft to final. Each finding opens a corrective
 * action through {@link jp.mamori.audit.CorrectiveActions}; 横展開 opens one in each other unit.
 */
@NullMarked
package jp.mamori.audit.engagement;

import org.jspecify.annotations.NullMarked;
