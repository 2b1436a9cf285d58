/**
 * 情報セキュリティ委員会: its members (holders of the committee role) and chair, meetings with their
 * agenda, materials, attendance and minutes, and the decisions (議決) taken at a meeting or in writing
 * (書面決議). A decision can be a step of another module's approval: it names the matter it decides
 * ({@link jp.mamori.committee.Matter}), other modules offer their matters through
 * {@link jp.mamori.committee.DecisionMatters} and read decisions through
 * {@link jp.mamori.committee.Decisions}. Pages and the API are in {@code committee.web}.
 */
@NullMarked
package jp.mamori.committee;

import org.jspecify.annotations.NullMarked;
