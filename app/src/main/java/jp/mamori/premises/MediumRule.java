package jp.mamori.premises;

import java.time.LocalDate;

/**
 * What the register of removable media must not show: a medium without encryption, one not found at
 * its last inventory check, one in use whose last check is older than the settings allow (or never
 * checked).
 */
public enum MediumRule {
    UNENCRYPTED {
        @Override
        boolean broken(Medium m, LocalDate today, int checkDays) {
            return m.state() != Medium.State.DISPOSED && !m.encrypted();
        }
    },
    MISSING {
        @Override
        boolean broken(Medium m, LocalDate today, int checkDays) {
            return m.state() == Medium.State.MISSING;
        }
    },
    CHECK_OVERDUE {
        @Override
        boolean broken(Medium m, LocalDate today, int checkDays) {
            return m.state() == Medium.State.ISSUED
                    && (m.lastCheckedOn() == null
                            || m.lastCheckedOn().plusDays(checkDays).isBefore(today));
        }
    };

    abstract boolean broken(Medium m, LocalDate today, int checkDays);

    public String messageKey() {
        return "prm.medium.finding." + name();
    }
}
