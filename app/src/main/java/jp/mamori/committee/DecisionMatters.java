package jp.mamori.committee;

import java.util.List;

/**
 * Implemented by a module whose approvals need a committee decision (the policy module for the
 * 基本方針 and its reviews, later the audit and training plans and exceptions): the matters that wait
 * for a decision now, offered on the decision form. The committee depends on no such module; each
 * of them depends on the committee.
 */
public interface DecisionMatters {
    /** Matters waiting for a committee decision today, in the order to offer them. */
    List<Matter> awaiting();
}
