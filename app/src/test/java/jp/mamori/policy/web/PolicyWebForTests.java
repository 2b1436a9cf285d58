package jp.mamori.policy.web;

import jp.mamori.policy.PolicyPdf;
import jp.mamori.policy.PolicyPrintouts;

/** What tests outside this package need of its package-private pages. */
public final class PolicyWebForTests {
    /** The content type of an Excel workbook, as the acknowledgement pages send it. */
    public static final String XLSX = AcknowledgementPages.XLSX;

    private PolicyWebForTests() {}

    /** The PDF handler of print pages built on the given printouts and PDF writer. */
    public static Object pdf(PolicyPrintouts printouts, PolicyPdf pdf, long documentId, long revisionId) {
        return new PolicyPrintPages(printouts, pdf).pdf(documentId, revisionId);
    }
}
