package jp.mamori.incident;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the incident module ({@code mamori.incident.*}); docs/incidents.md gives the legal
 * source of each default.
 *
 * @param reporting the statutory thresholds and day counts (more than 100 / 1,000 people; 速報 3
 *     days, 確報 30 days, 60 when an improper purpose is suspected)
 * @param escalation who is told from which severity
 * @param evidence limits on uploaded evidence files
 * @param regime the body's legal regime ({@code mamori.incident.regime}, environment variable
 *     {@code MAMORI_INCIDENT_REGIME}): when given it wins over the choice stored on the settings page
 * @param bodyName the body's name as the report to the commission gives it (報告者の氏名又は名称: the
 *     organisation, not the clerk); empty until set, and the report then says so
 */
@ConfigurationProperties("mamori.incident")
record IncidentSettings(
        @DefaultValue Reporting reporting,
        @DefaultValue Escalation escalation,
        @DefaultValue EvidenceFiles evidence,
        @Nullable Regime regime,
        @DefaultValue("") String bodyName) {

    IncidentSettings {
        bodyName = bodyName == null ? "" : bodyName.strip();
    }

    /** The statutory thresholds as the domain uses them (validated there). */
    Thresholds thresholds() {
        return new Thresholds(
                reporting.myNumberPeopleAbove(),
                reporting.personalDataPeopleAbove(),
                reporting.preliminaryReportDays(),
                reporting.finalReportDays(),
                reporting.finalReportDaysImproperPurpose(),
                reporting.publicBodyPeopleAbove());
    }

    /**
     * @param myNumberPeopleAbove 特定個人情報 of more than this many people is reportable (100)
     * @param personalDataPeopleAbove personal data of more than this many people is reportable (1,000)
     * @param preliminaryReportDays 速報 due this many days after the day of discovery (3)
     * @param finalReportDays 確報 due this many days after the day of discovery (30)
     * @param finalReportDaysImproperPurpose 確報 due when an improper purpose is suspected (60)
     * @param publicBodyPeopleAbove for 行政機関等, 保有個人情報 of more than this many people is reportable (100)
     */
    record Reporting(
            @DefaultValue("100") int myNumberPeopleAbove,
            @DefaultValue("1000") int personalDataPeopleAbove,
            @DefaultValue("3") int preliminaryReportDays,
            @DefaultValue("30") int finalReportDays,
            @DefaultValue("60") int finalReportDaysImproperPurpose,
            @DefaultValue("100") int publicBodyPeopleAbove) {
        Reporting {
            // fails at start-up with the domain's message when the values make no sense
            new Thresholds(
                    myNumberPeopleAbove,
                    personalDataPeopleAbove,
                    preliminaryReportDays,
                    finalReportDays,
                    finalReportDaysImproperPurpose,
                    publicBodyPeopleAbove);
        }
    }

    /**
     * @param cisoFrom the lowest severity (1–4) told to the CISO until the body saves its own
     *     emergency response plan (3)
     */
    record Escalation(@DefaultValue("3") int cisoFrom) {
        Escalation {
            if (cisoFrom < Severity.LOWEST || cisoFrom > Severity.HIGHEST) {
                throw new IllegalArgumentException("mamori.incident.escalation.ciso-from must be 1 to 4: " + cisoFrom);
            }
        }

        Severity cisoFromSeverity() {
            return Severity.of(cisoFrom);
        }
    }

    /**
     * @param maxSize the largest evidence file accepted (20MB); larger files are refused, keep them
     *     on the evidence medium and upload a hash list instead
     */
    record EvidenceFiles(@DefaultValue("20MB") DataSize maxSize) {
        EvidenceFiles {
            if (maxSize.toBytes() < 1) {
                throw new IllegalArgumentException("mamori.incident.evidence.max-size must be positive");
            }
        }
    }

    static IncidentSettings defaults() {
        return new IncidentSettings(
                new Reporting(100, 1_000, 3, 30, 60, 100),
                new Escalation(3),
                new EvidenceFiles(DataSize.ofMegabytes(20)),
                null,
                "");
    }
}
