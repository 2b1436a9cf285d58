package jp.mamori.asset.web;

import org.springframework.http.MediaType;

/** What tests outside this package need of its package-private pages. */
public final class AssetWebForTests {
    /** The content type of an Excel workbook, as the ledger pages send and accept it. */
    public static final MediaType XLSX = AssetLedgerPages.XLSX;

    private AssetWebForTests() {}
}
