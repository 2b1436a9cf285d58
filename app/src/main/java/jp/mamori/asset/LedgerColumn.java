package jp.mamori.asset;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the standard ledger layout, in the order they are exported, with their width on
 * export and the header names offices commonly use for them. The 21 columns the issue names come first; 利用者 and
 * 上位資産 follow so that an export keeps every field of an asset.
 */
public enum LedgerColumn {
    NUMBER(12, "管理番号", "資産番号", "資産管理番号", "管理No", "管理NO.", "整理番号", "No.", "No", "番号"),
    NAME(28, "資産名", "名称", "情報資産名", "資産の名称", "情報資産の名称", "情報資産", "資産名称"),
    KIND(22, "資産区分", "区分", "資産の区分", "資産種別", "種別", "資産の種類", "種類"),
    DESCRIPTION(36, "概要", "内容", "説明", "資産の概要", "情報資産の概要"),
    OWNER_UNIT(16, "管理部署", "所管課", "担当課", "所管部署", "担当部署", "管理課", "主管課", "所管", "管理部門", "所属"),
    CUSTODIAN(14, "管理者", "管理担当者", "担当者", "管理責任者"),
    LOCATION(20, "保管場所", "保存場所", "設置場所", "所在", "所在地", "保管先", "格納場所"),
    FORM(10, "形態", "保存形態", "媒体", "記録媒体", "形式", "保存形式"),
    ZONE(20, "ネットワーク区分", "ネットワーク", "接続系", "ネットワーク分離", "系統", "ネットワーク種別"),
    CONFIDENTIALITY(14, "機密性", "機密性区分", "機密性分類", "自治体機密性"),
    INTEGRITY(10, "完全性", "完全性区分", "完全性分類"),
    AVAILABILITY(10, "可用性", "可用性区分", "可用性分類"),
    RESTRICTIONS(22, "取扱制限", "取扱い制限", "取り扱い制限", "取扱区分", "取扱い", "取扱"),
    PERSONAL_INFO(10, "個人情報", "個人情報の有無", "個人情報有無"),
    SENSITIVE_INFO(12, "要配慮個人情報", "要配慮個人情報の有無", "要配慮"),
    SPECIFIC_INFO(12, "特定個人情報", "特定個人情報の有無", "特定個人情報有無"),
    RECORD_COUNT(10, "件数", "記録件数", "データ件数", "概数", "件数概数", "保有件数", "概ねの件数"),
    RETENTION(12, "保存期間", "保存年限", "保管期間", "保存年数"),
    NEXT_REVIEW(16, "次回見直し日", "見直し予定日", "次回見直し", "次回見直し予定日", "見直し日", "次回点検日"),
    STATUS(10, "状態", "ステータス", "使用状況", "利用状況"),
    NOTE(30, "備考", "摘要", "メモ"),
    USERS(20, "利用者", "利用者の範囲", "利用範囲"),
    PARENT(12, "上位資産", "上位資産番号", "上位の資産", "親資産");

    private final int width;
    private final String header;
    private final List<String> variants;

    LedgerColumn(int width, String header, String... variants) {
        this.width = width;
        this.header = header;
        this.variants = List.of(variants);
    }

    /** The column's width on export, in characters. */
    int width() {
        return width;
    }

    /** The header written on export and matched first on import. */
    public String header() {
        return header;
    }

    List<String> variants() {
        return variants;
    }

    /** The column whose standard header is this text (normalised as {@link #headerKey}). */
    public static Optional<LedgerColumn> byHeader(String text) {
        String key = headerKey(text);
        for (LedgerColumn column : values()) {
            if (headerKey(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column one of whose common variants is this text. */
    static Optional<LedgerColumn> byVariant(String text) {
        String key = headerKey(text);
        for (LedgerColumn column : values()) {
            if (column.variants.stream().anyMatch(v -> headerKey(v).equals(key))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * A header cell reduced for matching: NFKC, no spaces or line breaks, no marks such as ※ or *, no
     * trailing explanation in brackets ({@code 件数（概数）} → 件数, {@code 機密性(3～1)} → 機密性).
     */
    static String headerKey(String text) {
        String s = LedgerText.key(text).replaceAll("[※*＊◆■●★]", "");
        s = s.replaceAll("[(\\[【〔<][^)\\]】〕>]*[)\\]】〕>]$", "");
        return s.replace("・", "");
    }
}
