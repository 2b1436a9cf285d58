package jp.mamori.control.exceptions;

/** Where an exception stands as stored; what it means today is its {@link ExceptionStanding}. */
public enum ExceptionState {
    /** Waiting for the decider. */
    REQUESTED,
    /** Decided yes: holds from its first to its last day. */
    APPROVED,
    /** Decided no. */
    REJECTED,
    /** Taken back by the requester before a decision. */
    WITHDRAWN,
    /** Ended before its last day. */
    REVOKED,
    /** Replaced by an approved renewal. */
    RENEWED
}
