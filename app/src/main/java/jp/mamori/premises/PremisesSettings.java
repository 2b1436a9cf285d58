package jp.mamori.premises;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the premises registers ({@code mamori.premises.*}).
 *
 * @param carryOutConfidentiality3 what carrying out a 機密性3 asset needs: {@code NEVER} (the default),
 *     {@code CISO} or {@code MANAGER}
 * @param carryOutConfidentiality2 the same for 機密性2: {@code MANAGER} by default
 * @param carryOutConfidentiality1 the same for 機密性1: {@code MANAGER} by default
 * @param returnReminderCron when overdue returns are reminded (Spring cron, Japan time; {@code -} off):
 *     weekdays at 09:00 by default
 * @param mediaCheckDays how many days may pass between inventory checks of a removable medium: 365
 */
@ConfigurationProperties("mamori.premises")
record PremisesSettings(
        @Nullable CarryOutRule carryOutConfidentiality3,
        @Nullable CarryOutRule carryOutConfidentiality2,
        @Nullable CarryOutRule carryOutConfidentiality1,
        @Nullable String returnReminderCron,
        @Nullable Integer mediaCheckDays) {
    PremisesSettings {
        carryOutConfidentiality3 = carryOutConfidentiality3 == null ? CarryOutRule.NEVER : carryOutConfidentiality3;
        carryOutConfidentiality2 = carryOutConfidentiality2 == null ? CarryOutRule.MANAGER : carryOutConfidentiality2;
        carryOutConfidentiality1 = carryOutConfidentiality1 == null ? CarryOutRule.MANAGER : carryOutConfidentiality1;
        returnReminderCron =
                returnReminderCron == null || returnReminderCron.isBlank() ? "0 0 9 * * MON-FRI" : returnReminderCron;
        mediaCheckDays = mediaCheckDays == null ? 365 : mediaCheckDays;
    }

    /** The rule for an asset of that confidentiality rank (3 covers 自治体機密性3A/3B/3C). */
    CarryOutRule carryOut(int confidentialityRank) {
        if (confidentialityRank >= 3) {
            return carryOutConfidentiality3;
        }
        return confidentialityRank == 2 ? carryOutConfidentiality2 : carryOutConfidentiality1;
    }
}
