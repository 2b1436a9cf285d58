package jp.mamori.incident;

/**
 * The numbers behind the statutory reporting rules, as settings: the defaults are the legal values
 * (docs/incidents.md gives the source of each). A body may shorten the day counts for itself, for
 * example to report within 2 days; it should not lengthen them beyond the law.
 *
 * @param myNumberPeopleAbove a 特定個人情報 breach about more than this many people is reportable (100)
 * @param personalDataPeopleAbove a personal-data breach about more than this many people is
 *     reportable (1,000)
 * @param preliminaryReportDays 速報 due this many days after the day of discovery (3; the law says
 *     "promptly", read as about 3 to 5 days)
 * @param finalReportDays 確報 due this many days after the day of discovery (30)
 * @param finalReportDaysImproperPurpose 確報 due this many days after discovery when an improper
 *     purpose is suspected (60)
 */
record Thresholds(
        int myNumberPeopleAbove,
        int personalDataPeopleAbove,
        int preliminaryReportDays,
        int finalReportDays,
        int finalReportDaysImproperPurpose) {

    public Thresholds {
        if (myNumberPeopleAbove < 0 || personalDataPeopleAbove < 0) {
            throw new IllegalArgumentException("head-count thresholds must not be negative");
        }
        if (preliminaryReportDays < 0) {
            throw new IllegalArgumentException("the 速報 day count must not be negative");
        }
        if (finalReportDays < preliminaryReportDays) {
            throw new IllegalArgumentException(
                    "the 確報 cannot be due before the 速報: " + finalReportDays + " < " + preliminaryReportDays + " days");
        }
        if (finalReportDaysImproperPurpose < finalReportDays) {
            throw new IllegalArgumentException("the improper-purpose 確報 period must not be shorter than the usual one: "
                    + finalReportDaysImproperPurpose + " < " + finalReportDays + " days");
        }
    }

    /** The legal values: more than 100 / more than 1,000 people; 3, 30 and 60 days. */
    public static Thresholds defaults() {
        return new Thresholds(100, 1_000, 3, 30, 60);
    }
}
