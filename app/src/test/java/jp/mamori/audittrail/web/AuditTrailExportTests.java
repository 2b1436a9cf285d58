package jp.mamori.audittrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import jp.mamori.audittrail.AuditExport;
import jp.mamori.audittrail.AuditFilter;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The export of a large trail goes out to the reader as the trail is read, never built whole first. */
@MamoriSpringTest
class AuditTrailExportTests {
    record Happened(String actor, String action, String subjectType, String subjectId, Map<String, String> details)
            implements AuditableEvent {}

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrailExporter exporter;

    /** An output that notes, each time the export pushes its bytes on, how many CSV lines had gone out. */
    static final class Recording extends java.io.OutputStream {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final java.util.List<Integer> linesAtFlush = new java.util.ArrayList<>();

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            linesAtFlush.add(
                    (int) bytes.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void a_large_trail_goes_out_as_it_is_read_never_built_whole_first() throws Exception {
        String actor = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        int total = 2 * AuditExport.BATCH + 234;
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < total; i++) {
                events.publishEvent(new Happened(actor, "unit.changed", "unit", "1", Map.of("name", "課" + i)));
            }
        });

        // over HTTP: written to the response, so no length is known up front; every row, newest first
        var response = mvc.perform(get("/audit-trail/export")
                        .param("format", "csv")
                        .param("actor", actor)
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Length")).isNull();
        byte[] bytes = response.getContentAsByteArray();
        var lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .toList();
        assertThat(lines).hasSize(total);
        var seqs = lines.stream()
                .map(l -> Long.parseLong(l.substring(1, l.indexOf('"', 1))))
                .toList();
        assertThat(seqs)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .doesNotHaveDuplicates();
        assertThat(lines.get(0)).contains("課" + (total - 1));
        assertThat(lines.get(total - 1)).contains("課0");

        // the rows reach the reader batch by batch while the trail is still being read
        AuditFilter filter = new AuditFilter(null, null, actor, null, null, null);
        var extent = exporter.extent(filter);
        assertThat(extent.count()).isEqualTo(total);
        Recording out = new Recording();
        try (var rows = AuditExport.csv(exporter.headings(), out)) {
            assertThat(exporter.write(filter, extent, rows)).isEqualTo(total);
        }
        assertThat(out.linesAtFlush).hasSizeGreaterThanOrEqualTo(total / AuditExport.CSV_FLUSH_ROWS);
        assertThat(out.linesAtFlush.get(0)).isGreaterThan(1).isLessThan(total / 2);
        assertThat(out.linesAtFlush).isSorted();

        // Excel: the streaming workbook holds every row too
        byte[] xlsx = mvc.perform(get("/audit-trail/export")
                        .param("format", "xlsx")
                        .param("actor", actor)
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(total).getCell(5).getStringCellValue()).contains("課0");
        }
    }
}
