package jp.mamori.netcheck.report;

import java.util.Locale;
import jp.mamori.netcheck.model.Unsupported;

/** The report for people reading a terminal, in the language of the {@link Messages}. */
final class TextReport {
    private TextReport() {}

    static String render(Report report, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.format("text.title")).append('\n');
        double share = report.linesRead() == 0 ? 1.0 : (double) report.linesUnderstood() / report.linesRead();
        sb.append(m.format(
                        "text.summary",
                        Integer.toString(report.rules()),
                        Integer.toString(report.findings().size()),
                        Long.toString(report.violations()),
                        Long.toString(report.linesRead()),
                        Long.toString(report.linesUnderstood()),
                        String.format(Locale.ROOT, "%.1f%%", share * 100)))
                .append("\n\n");
        if (report.findings().isEmpty()) {
            sb.append(m.format("text.none")).append('\n');
        }
        for (Finding f : report.findings()) {
            sb.append('[')
                    .append(m.format("severity." + f.severity()))
                    .append("] ")
                    .append(m.format("kind." + f.kind().name()));
            if (f.file() != null && !f.file().isEmpty()) {
                sb.append("  ").append(f.file());
                if (f.line() > 0) {
                    sb.append(':').append(f.line());
                }
            }
            if (f.count() > 1) {
                sb.append("  ").append(m.format("text.count")).append(' ').append(f.count());
            }
            sb.append('\n');
            sb.append("    ").append(f.message()).append('\n');
        }
        if (!report.unsupported().isEmpty()) {
            sb.append('\n')
                    .append(m.format(
                            "text.unsupported",
                            Integer.toString(report.unsupported().size())))
                    .append('\n');
            for (Unsupported u : report.unsupported()) {
                sb.append("    ")
                        .append(m.format(
                                "text.unsupported.line", u.file(), Integer.toString(u.line()), u.text(), u.reason()))
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
