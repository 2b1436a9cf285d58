package jp.mamori.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A kept yearly report (without its files): the 年度 and its version, the as-of day, the units it
 * covers (empty: the whole body), who generated it and when, and the SHA-256 of each file.
 */
public record YearlyReport(
        long id,
        int fiscalYear,
        int version,
        LocalDate asOf,
        List<Long> scopeUnits,
        String issuesNextYear,
        String generatedBy,
        String generatorName,
        OffsetDateTime generatedAt,
        String pdfSha256,
        long pdfSize,
        String xlsxSha256,
        long xlsxSize) {
    public YearlyReport {
        scopeUnits = List.copyOf(scopeUnits);
    }

    public boolean bodyWide() {
        return scopeUnits.isEmpty();
    }

    /** The two files a report is kept as. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        /** {@code pdf} or {@code xlsx}, as in the download path; null for anything else. */
        public static @org.jspecify.annotations.Nullable Format of(String extension) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** One file of a kept report, exactly as generated. */
    public record File(String name, Format format, byte[] bytes, String sha256) {}
}
