package jp.mamori.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.policy.PolicyEvent.PolicyExported;
import jp.mamori.printing.FontMissingException;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Wareki;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole set of documents in force on a day as one zip, for the signed-in user: only the
 * documents they may read. Each document gives {@code <name>.md} (a heading block with 文書番号, the
 * dates and the content hash, then the body and the 附則) and {@code <name>.pdf}; {@code 索引.md}
 * lists them. Names are stable — {@code <tier order>-<document id, 4 digits>-<title>} — and the
 * entries carry the revision's 施行日 as their time, so the same state exports the same bytes.
 * Without a Japanese font the zip holds the Markdown and a note instead of the PDFs.
 */
@Service
public class PolicyExport {
    static final String INDEX = "索引.md";
    static final String NO_PDF = "PDF-なし.txt";

    private final Revisions revisions;
    private final PolicyAccess policyAccess;
    private final PolicyPrintouts printouts;
    private final PolicyPdf pdf;
    private final ApplicationEventPublisher events;

    PolicyExport(
            Revisions revisions,
            PolicyAccess policyAccess,
            PolicyPrintouts printouts,
            PolicyPdf pdf,
            ApplicationEventPublisher events) {
        this.revisions = revisions;
        this.policyAccess = policyAccess;
        this.printouts = printouts;
        this.pdf = pdf;
        this.events = events;
    }

    /** The zip of the documents in force on the day that the signed-in user may read. */
    @Transactional
    public byte[] zip(LocalDate day) {
        Reader reader = policyAccess.currentReader();
        List<InForce> readable = new ArrayList<>(revisions.allInForce(day).stream()
                .filter(f -> ReadingRule.allows(reader, f.document()))
                .toList());
        readable.sort(Comparator.comparing((InForce f) -> f.document().tier().ordinal())
                .thenComparing(f -> f.document().id()));
        boolean withPdf = pdf.available();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder("# 施行中の文書（" + Wareki.japanese(day) + "現在）\n\n");
        index.append("| ファイル | 区分 | 文書名 | 文書番号 | 施行日 |\n|---|---|---|---|---|\n");
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (InForce f : readable) {
                PolicyPrintout printout = printouts.of(f.document(), f.revision());
                String name = fileName(printout);
                FileTime time = FileTime.fromMillis(effectiveMillis(f.revision()));
                put(zip, name + ".md", markdown(printout).getBytes(StandardCharsets.UTF_8), time);
                if (withPdf) {
                    put(zip, name + ".pdf", pdf.render(printout), time);
                }
                index.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(printout.tierLabel())
                        .append(" | ")
                        .append(cell(printout.title()))
                        .append(" | ")
                        .append(cell(printout.documentNumber()))
                        .append(" | ")
                        .append(date(printout.effectiveOn()))
                        .append(" |\n");
            }
            FileTime dayTime = FileTime.fromMillis(
                    day.atStartOfDay(BodyClock.ZONE).toInstant().toEpochMilli());
            put(zip, INDEX, index.toString().getBytes(StandardCharsets.UTF_8), dayTime);
            if (!withPdf) {
                String reason;
                try {
                    pdf.render(printouts.of(
                            readable.get(0).document(), readable.get(0).revision()));
                    reason = "";
                } catch (FontMissingException | IndexOutOfBoundsException e) {
                    reason = e.getMessage();
                }
                put(
                        zip,
                        NO_PDF,
                        ("PDF は含まれていません。日本語フォントが見つかりません。\n" + reason + "\n").getBytes(StandardCharsets.UTF_8),
                        dayTime);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("day", day.toString());
        details.put("documents", Integer.toString(readable.size()));
        details.put("pdf", Boolean.toString(withPdf));
        events.publishEvent(new PolicyExported(Access.currentLogin(), details));
        return bytes.toByteArray();
    }

    /** The stable file name (without extension) of a document: tier order, id and title. */
    public static String fileName(PolicyPrintout printout) {
        return fileName(printout.documentId(), printout.tier(), printout.title());
    }

    public static String fileName(long documentId, PolicyTier tier, String title) {
        return (tier.ordinal() + 1) + "-" + String.format("%04d", documentId) + "-" + safe(title);
    }

    /** A title as a file name part: no path or reserved characters, no control characters, at most 60 characters. */
    static String safe(String title) {
        StringBuilder out = new StringBuilder();
        title.strip().codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || "\\/:*?\"<>|".indexOf(c) >= 0) {
                out.append('_');
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                out.append('_');
            } else {
                out.appendCodePoint(c);
            }
        });
        String name = out.toString().replaceAll("^\\.+", "");
        if (name.codePointCount(0, name.length()) > 60) {
            name = name.substring(0, name.offsetByCodePoints(0, 60));
        }
        return name.isEmpty() ? "document" : name;
    }

    /** The Markdown file of a document: a heading block, the body and the 附則. */
    static String markdown(PolicyPrintout printout) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(printout.title()).append("\n\n");
        md.append("- 区分: ").append(printout.tierLabel()).append('\n');
        if (!printout.documentNumber().isBlank()) {
            md.append("- 文書番号: ").append(printout.documentNumber()).append('\n');
        }
        if (printout.enactedOn() != null) {
            md.append("- 制定日: ").append(date(printout.enactedOn())).append('\n');
        }
        if (printout.amendedOn() != null) {
            md.append("- 改正日: ").append(date(printout.amendedOn())).append('\n');
        }
        if (printout.effectiveOn() != null) {
            md.append("- 施行日: ").append(date(printout.effectiveOn())).append('\n');
        }
        md.append("- 内容ハッシュ (SHA-256): ").append(printout.contentHash()).append("\n\n---\n\n");
        md.append(printout.body().strip()).append('\n');
        if (!printout.supplementaryProvisions().isBlank()) {
            md.append("\n## 附則\n\n")
                    .append(printout.supplementaryProvisions().strip())
                    .append('\n');
        }
        return md.toString();
    }

    private static String date(LocalDate day) {
        return day == null ? "" : Wareki.japanese(day) + "（" + day + "）";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static long effectiveMillis(Revision revision) {
        LocalDate day = revision.effectiveOn() == null ? LocalDate.of(2000, 1, 1) : revision.effectiveOn();
        return day.atStartOfDay(BodyClock.ZONE).toInstant().toEpochMilli();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
