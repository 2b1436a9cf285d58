package jp.mamori.premises;

import java.time.LocalDate;

/**
 * What the entry log must not show, one rule each: a visitor nobody escorted, an entry by someone
 * with no valid permit for the area on that day, a stay whose exit was never recorded (entered on an
 * earlier day and still open).
 */
public enum EntryRule {
    VISITOR_WITHOUT_ESCORT {
        @Override
        boolean broken(Entry e, Facts facts) {
            return e.visitor() && e.escortId() == null;
        }
    },
    NOT_AUTHORISED {
        @Override
        boolean broken(Entry e, Facts facts) {
            return !e.visitor() && !facts.authorised(e);
        }
    },
    NO_EXIT {
        @Override
        boolean broken(Entry e, Facts facts) {
            return e.exitedAt() == null
                    && e.enteredAt()
                            .atZoneSameInstant(jp.mamori.shared.BodyClock.ZONE)
                            .toLocalDate()
                            .isBefore(facts.today());
        }
    };

    /** What a rule needs to know beyond the entry itself. */
    interface Facts {
        LocalDate today();

        /** True when the entry's person held a permit for the area on the day of entry. */
        boolean authorised(Entry e);
    }

    abstract boolean broken(Entry e, Facts facts);

    public String messageKey() {
        return "prm.finding." + name();
    }
}
