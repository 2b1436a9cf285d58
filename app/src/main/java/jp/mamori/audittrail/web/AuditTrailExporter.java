package jp.mamori.audittrail.web;

import java.util.List;
import java.util.function.Function;
import jp.mamori.audittrail.AuditEntries;
import jp.mamori.audittrail.AuditExport;
import jp.mamori.audittrail.AuditFilter;
import jp.mamori.audittrail.Entry;
import jp.mamori.web.WarekiDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered trail into an export's rows batch by batch ({@link AuditExport#BATCH} entries
 * read at a time, newest first), so that neither the entries nor the file are ever held whole.
 */
@Component
class AuditTrailExporter {
    private final AuditEntries entries;
    private final EntryTexts texts;
    private final WarekiDates wareki;
    private final MessageSource messages;

    AuditTrailExporter(AuditEntries entries, EntryTexts texts, WarekiDates wareki, MessageSource messages) {
        this.entries = entries;
        this.texts = texts;
        this.wareki = wareki;
        this.messages = messages;
    }

    /** What an export will hold: the entries matching up to the chain's last entry now, at most the limit. */
    record Extent(long lastSeq, long count) {}

    Extent extent(AuditFilter filter) {
        long last = entries.lastSeq();
        return new Extent(last, Math.min(entries.count(filter, last), AuditExport.MAX_ROWS));
    }

    List<String> headings() {
        return List.of(
                text("auditTrail.column.seq"),
                text("auditTrail.column.time"),
                text("auditTrail.column.actor"),
                text("auditTrail.column.action"),
                text("auditTrail.column.subject"),
                text("auditTrail.column.details"),
                text("auditTrail.export.actionCode"),
                text("auditTrail.export.subjectType"),
                text("auditTrail.export.subjectId"),
                text("auditTrail.export.login"));
    }

    /** Writes the entries of the extent into the rows; returns how many were written. */
    long write(AuditFilter filter, Extent extent, AuditExport.Rows rows) {
        Function<Entry, EntryTexts.Shown> reader = texts.reader();
        long written = 0;
        long atMost = extent.lastSeq();
        while (written < extent.count()) {
            int size = (int) Math.min(AuditExport.BATCH, extent.count() - written);
            List<Entry> batch = entries.batch(filter, atMost, size);
            if (batch.isEmpty()) {
                break;
            }
            for (Entry entry : batch) {
                rows.add(cells(reader.apply(entry)));
            }
            written += batch.size();
            atMost = batch.get(batch.size() - 1).seq() - 1;
        }
        return written;
    }

    private List<String> cells(EntryTexts.Shown s) {
        return List.of(
                Long.toString(s.entry().seq()),
                wareki.dateTime(s.entry().time()),
                s.who(),
                s.what(),
                s.subject(),
                String.join(
                        "\n",
                        s.details().stream()
                                .map(d -> d.label().isEmpty() ? d.value() : d.label() + ": " + d.value())
                                .toList()),
                s.entry().action(),
                s.entry().subjectType(),
                s.entry().subjectId(),
                s.entry().actor());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
