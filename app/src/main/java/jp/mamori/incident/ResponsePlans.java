package jp.mamori.incident;

/** Where the current emergency response plan comes from (the plan page stores it). */
interface ResponsePlans {
    /** The plan in force now; the defaults until the body saves its own. */
    ResponsePlan current();
}
