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
 * @param publicBodyPeopleAbove for 行政機関等, a breach of 保有個人情報 about more than this many people
 *     is reportable (100, 施行規則 第43条第4号)
 *     <p>Day counts are counted with the day the body learned of the breach as day 1 (see
 *     {@link ReportDeadlines#day}).
 */
record Thresholds(
        int myNumberPeopleAbove,
        int personalDataPeopleAbove,
        int preliminaryReportDays,
        int finalReportDays,
        int finalReportDaysImproperPurpose,
        int publicBodyPeopleAbove) {

    public Thresholds {
        if (myNumberPeopleAbove < 0 || personalDataPeopleAbove < 0 || publicBodyPeopleAbove < 0) {
            throw new IllegalArgumentException("head-count thresholds must not be negative");
        }
        if (preliminaryReportDays < 1) {
            throw new IllegalArgumentException(
                    "the 速報 day count starts at 1 (the day of discovery is day 1): " + preliminaryReportDays);
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

    /** The thresholds with the legal 100 people for 行政機関等. */
    Thresholds(
            int myNumberPeopleAbove,
            int personalDataPeopleAbove,
            int preliminaryReportDays,
            int finalReportDays,
            int finalReportDaysImproperPurpose) {
        this(
                myNumberPeopleAbove,
                personalDataPeopleAbove,
                preliminaryReportDays,
                finalReportDays,
                finalReportDaysImproperPurpose,
                100);
    }

    /** The legal values: more than 100 / 1,000 / 100 people; 3, 30 and 60 days. */
    public static Thresholds defaults() {
        return new Thresholds(100, 1_000, 3, 30, 60, 100);
    }

    /** The same thresholds with another 速報 day count. */
    Thresholds withPreliminaryReportDays(int days) {
        return new Thresholds(
                myNumberPeopleAbove,
                personalDataPeopleAbove,
                days,
                finalReportDays,
                finalReportDaysImproperPurpose,
                publicBodyPeopleAbove);
    }
}
