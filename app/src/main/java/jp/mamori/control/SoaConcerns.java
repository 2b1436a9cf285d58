package jp.mamori.control;

import java.util.List;

/**
 * Open matters about measures of a statement of applicability that other modules hold: an audit
 * finding not yet closed, a self-inspection answer of 未実施 or 一部. The statement shows them next to
 * the measure's status, with a link. Implemented by the module that owns them (the audit module), so
 * the control module depends on none of them.
 */
public interface SoaConcerns {
    /**
     * The open concerns of the unit's statement, for any measure, oldest first. No access check: the
     * statement's own readers see them (the linked page checks again).
     */
    List<Concern> ofUnit(long unitId);

    /** The open concerns of the information system's statement, as {@link #ofUnit}. */
    List<Concern> ofSystem(long systemId);

    /** What a concern is about. */
    enum Kind {
        /** An audit finding (指摘事項) or its 横展開 whose corrective action is not closed. */
        FINDING,
        /** The latest submitted self-inspection answer was 未実施 or 一部 and is not put right. */
        SELF_INSPECTION
    }

    /**
     * One concern: the measure, what it is, how people quote it (F-12, the campaign's title), a
     * detail (the finding's severity, or the answer as {@link ImplementationStatus} name) and its page.
     */
    record Concern(String measureId, Kind kind, String reference, String detail, String path) {
        public Concern {
            if (!path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("a concern's page lies inside mamori: " + path);
            }
        }

        /** The message that words it: {@code control.concern.FINDING} or {@code control.concern.SELF_INSPECTION.<answer>}. */
        public String messageKey() {
            return kind == Kind.FINDING ? "control.concern.FINDING" : "control.concern.SELF_INSPECTION." + detail;
        }
    }
}
