package jp.mamori.asset;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Readers for the values people type into an asset ledger. Each takes the cell's text (an Excel
 * date cell arrives as ISO text, see {@link LedgerReader}) and answers a {@link LedgerValue}: the
 * value, blank, or a problem whose message names the forms that are accepted. Full-width and
 * half-width characters are treated alike (NFKC).
 */
final class LedgerParsers {
    private LedgerParsers() {}

    // ---- dates ----------------------------------------------------------------------------------

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA =
            Pattern.compile("(明治|大正|昭和|平成|令和|[MTSHR])(\\d{1,2}|元)(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
    /** A time after the date, as Excel shows a date-time cell turned into text. */
    private static final Pattern TIME_SUFFIX = Pattern.compile("(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$");

    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "明治", JapaneseEra.MEIJI,
            "大正", JapaneseEra.TAISHO,
            "昭和", JapaneseEra.SHOWA,
            "平成", JapaneseEra.HEISEI,
            "令和", JapaneseEra.REIWA,
            "M", JapaneseEra.MEIJI,
            "T", JapaneseEra.TAISHO,
            "S", JapaneseEra.SHOWA,
            "H", JapaneseEra.HEISEI,
            "R", JapaneseEra.REIWA);

    /**
     * A date: 令和6年4月1日, 令和元年5月1日, R6.4.1, r6/4/1, H31.4.30, 2024/4/1, 2024-04-01, 2024年4月1日,
     * 2024.4.1, 20240401, or an Excel date cell. A date that does not exist (2月30日, 平成32年) is refused.
     */
    static LedgerValue<LocalDate> date(String text) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        s = TIME_SUFFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m = WESTERN.matcher(s);
            if (!m.matches()) {
                m = COMPACT.matcher(s);
            }
            if (m.matches()) {
                return LedgerValue.given(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = ERA.matcher(s);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1));
                int year = "元".equals(m.group(2)) ? 1 : num(m.group(2));
                LocalDate date = LocalDate.from(JapaneseDate.of(era, year, num(m.group(3)), num(m.group(4))));
                // JapaneseDate takes 平成32年 to mean 令和2年; nobody writes that on purpose
                if (!JapaneseDate.from(date).getEra().equals(era)) {
                    return LedgerValue.invalid("ledger.value.date.impossible", text.strip());
                }
                return LedgerValue.given(date);
            }
        } catch (DateTimeException e) {
            return LedgerValue.invalid("ledger.value.date.impossible", text.strip());
        }
        return LedgerValue.invalid("ledger.value.date");
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    // ---- counts ---------------------------------------------------------------------------------

    private static final Pattern COUNT_PREFIX = Pattern.compile("^(約|およそ|凡そ|概ね|おおむね|おおよそ|推定|最大)");
    private static final Pattern COUNT_SUFFIX =
            Pattern.compile("(件|人分|人|名|世帯|程度|前後|以上|以下|未満|超|余り|余|くらい|ぐらい|位|ほど|弱|強)$");
    private static final Pattern COUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万|千)?");

    /** An approximate number of records: 約1,200件, 1200, １，２００, 1.2万件, 3千人. Never negative. */
    static LedgerValue<Integer> count(String text) {
        if (LedgerText.isBlank(text) || "不明".equals(LedgerText.key(text))) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text).replace(",", "").replace("、", "");
        String before;
        do {
            before = s;
            s = COUNT_PREFIX.matcher(s).replaceFirst("");
            s = COUNT_SUFFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        Matcher m = COUNT.matcher(s);
        if (!m.matches()) {
            return LedgerValue.invalid("ledger.value.count", text.strip());
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            value = value.multiply(BigDecimal.valueOf("万".equals(m.group(2)) ? 10_000 : 1_000));
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return LedgerValue.invalid("ledger.value.count", text.strip());
        }
        return LedgerValue.given(value.intValueExact());
    }

    // ---- yes / no -------------------------------------------------------------------------------

    private static final Set<String> YES = Set.of(
            "有", "有り", "あり", "アリ", "○", "〇", "◯", "●", "◎", "レ", "✓", "✔", "はい", "YES", "Y", "TRUE", "1", "該当", "該当あり",
            "対象", "含む");
    private static final Set<String> NO = Set.of(
            "無", "無し", "なし", "ナシ", "×", "✕", "✖", "X", "いいえ", "NO", "N", "FALSE", "0", "非該当", "該当なし", "対象外", "含まない");

    /** Yes or no: 有/無, あり/なし, ○/×, 〇, はい/いいえ, TRUE/FALSE (an Excel check box), 1/0. */
    static LedgerValue<Boolean> yesNo(String text) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text);
        if (YES.contains(s)) {
            return LedgerValue.given(true);
        }
        if (NO.contains(s)) {
            return LedgerValue.given(false);
        }
        return LedgerValue.invalid("ledger.value.yesNo", text.strip());
    }

    // ---- kind -----------------------------------------------------------------------------------

    private static final Pattern KIND_NUMBER = Pattern.compile("^[(\\[]?([1-3])(?![0-9])[)\\].:]?.*");
    private static final Map<String, Integer> KIND_WORDS = kindWords();

    private static Map<String, Integer> kindWords() {
        Map<String, Integer> words = new java.util.HashMap<>();
        for (String w : List.of(
                "ネットワーク",
                "情報システム",
                "システム",
                "機器",
                "端末",
                "サーバ",
                "サーバー",
                "媒体",
                "記録媒体",
                "電磁的記録媒体",
                "外部記録媒体",
                "ハードウェア",
                "ネットワーク情報システム",
                "ネットワークシステム",
                "ネットワーク情報システム機器媒体",
                "ネットワークシステム機器媒体",
                "情報システム機器媒体",
                "機器媒体")) {
            words.put(w, 1);
        }
        for (String w : List.of("情報", "データ", "印刷物", "情報印刷物", "紙", "電子データ", "記録", "文書情報")) {
            words.put(w, 2);
        }
        for (String w : List.of(
                "システム関連文書",
                "関連文書",
                "システム文書",
                "仕様書",
                "設計書",
                "構成図",
                "ネットワーク構成図",
                "ネットワーク図",
                "手順書",
                "マニュアル",
                "システム仕様書",
                "仕様書構成図")) {
            words.put(w, 3);
        }
        return Map.copyOf(words);
    }

    /**
     * The kind (資産区分) as its number: ① / 1 / (1) / 1. ネットワーク… → 1; 情報 → 2; 仕様書 → 3, and the
     * other words of {@code KIND_WORDS}. ① becomes 1 under NFKC.
     */
    static LedgerValue<Integer> kindNumber(String text) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text);
        Matcher m = KIND_NUMBER.matcher(s);
        if (m.matches()) {
            return LedgerValue.given(num(m.group(1)));
        }
        String words = s.replaceAll("・|、|,|及び|および|並びに|等|など|/", "");
        Integer kind = KIND_WORDS.get(words);
        return kind != null ? LedgerValue.given(kind) : LedgerValue.invalid("ledger.value.kind", text.strip());
    }

    // ---- form and status ------------------------------------------------------------------------

    /** The form (形態) as the name of an {@code AssetForm}: ELECTRONIC, PAPER or BOTH. */
    static LedgerValue<String> form(String text) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text);
        boolean electronic = s.contains("電子") || s.contains("電磁") || s.contains("データ") || s.contains("デジタル");
        boolean paper = s.contains("紙") || s.contains("書面") || s.contains("印刷");
        if (s.contains("両方") || s.contains("併用") || s.equals("両") || (electronic && paper)) {
            return LedgerValue.given("BOTH");
        }
        if (electronic || s.equals("ELECTRONIC")) {
            return LedgerValue.given("ELECTRONIC");
        }
        if (paper || s.equals("PAPER")) {
            return LedgerValue.given("PAPER");
        }
        return LedgerValue.invalid("ledger.value.form", text.strip());
    }

    private static final Set<String> IN_USE =
            Set.of("使用中", "使用", "運用中", "利用中", "稼働中", "稼動中", "保管中", "有効", "現用", "IN_USE");
    private static final Set<String> DISPOSED = Set.of("廃棄", "廃棄済", "廃棄済み", "廃止", "廃止済", "廃止済み", "DISPOSED");

    /** The status (状態) as the name of an {@code AssetStatus}: IN_USE or DISPOSED. */
    static LedgerValue<String> status(String text) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text);
        if (IN_USE.contains(s)) {
            return LedgerValue.given("IN_USE");
        }
        if (DISPOSED.contains(s) || s.startsWith("廃棄済")) {
            return LedgerValue.given("DISPOSED");
        }
        return LedgerValue.invalid("ledger.value.status", text.strip());
    }

    // ---- classification levels ------------------------------------------------------------------

    private static final List<String> AXES = List.of("機密性", "完全性", "可用性");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(自治体)?(機密性|完全性|可用性)?(レベル|LEVEL|LV\\.?)?");

    /**
     * A classification level of one axis as its code: 機密性3, 3, ３, 3A, ３ａ, 自治体機密性3A, レベル2 → the
     * code, which must be one of {@code codes} (the active scheme's codes for that axis, highest first).
     * A prefix naming another axis (完全性2 in the 機密性 column) is refused.
     *
     * @param axisName 機密性, 完全性 or 可用性
     */
    static LedgerValue<String> level(String text, String axisName, List<String> codes) {
        if (LedgerText.isBlank(text)) {
            return LedgerValue.blank();
        }
        String s = LedgerText.key(text);
        Matcher m = LEVEL_PREFIX.matcher(s);
        String code = s;
        if (m.find()) {
            String axis = m.group(2);
            if (axis != null && !axis.equals(axisName) && AXES.contains(axis)) {
                return LedgerValue.invalid("ledger.value.level.axis", text.strip(), axisName);
            }
            code = s.substring(m.end());
        }
        for (String known : codes) {
            if (LedgerText.key(known).equals(code)) {
                return LedgerValue.given(known);
            }
        }
        return LedgerValue.invalid("ledger.value.level", text.strip(), axisName, String.join("、", codes));
    }

    // ---- choices from reference lists (zones, restrictions) --------------------------------------

    /** One entry of a list the body keeps (a zone, a restriction): its code and the names it goes by. */
    record Choice(String code, List<String> names) {
        Choice {
            names = List.copyOf(names);
        }
    }

    /**
     * The key a zone name is matched by: 個人番号 and マイナンバー are the same word, and endings such as
     * 利用事務系, 接続系, 系 and ネットワーク are dropped, so マイナンバー利用事務系, 個人番号利用事務系 and
     * マイナンバー系 all meet at マイナンバー, and LGWAN接続系 and LGWAN系 at LGWAN.
     */
    static String zoneKey(String text) {
        String s = LedgerText.key(text).replace("・", "").replace("個人番号", "マイナンバー");
        for (String ending : List.of("ネットワーク", "NW", "利用事務系", "接続系", "利用系", "事務系", "系", "セグメント", "環境")) {
            if (s.endsWith(ending) && s.length() > ending.length()) {
                s = s.substring(0, s.length() - ending.length());
            }
        }
        return s;
    }

    /** Aliases of the three standard zones and of "none", whatever names the body's list gives them. */
    static final Map<String, List<String>> STANDARD_ZONE_NAMES = Map.of(
            "MYNUMBER", List.of("マイナンバー利用事務系", "個人番号利用事務系", "マイナンバー系", "個人番号系", "マイナンバー"),
            "LGWAN", List.of("LGWAN接続系", "LGWAN系", "LGWAN"),
            "INTERNET", List.of("インターネット接続系", "インターネット系", "インターネット"),
            "NONE", List.of("なし", "無し", "無", "該当なし", "非接続", "スタンドアロン", "NONE"));

    /** A network zone (ネットワーク区分) by its code, full name or short name. */
    static LedgerValue<String> zone(String text, List<Choice> zones) {
        if (text.isBlank()) {
            return LedgerValue.blank();
        }
        if (LedgerText.isBlank(text) && zones.stream().anyMatch(z -> z.code().equals("NONE"))) {
            // a dash in the zone column says "no network": the NONE zone
            return LedgerValue.given("NONE");
        }
        String key = zoneKey(text);
        for (Choice zone : zones) {
            if (zoneKey(zone.code()).equals(key)
                    || zone.names().stream().anyMatch(n -> zoneKey(n).equals(key))
                    || STANDARD_ZONE_NAMES.getOrDefault(zone.code(), List.of()).stream()
                            .anyMatch(n -> zoneKey(n).equals(key))) {
                return LedgerValue.given(zone.code());
            }
        }
        return LedgerValue.invalid(
                "ledger.value.zone",
                text.strip(),
                String.join("、", zones.stream().map(z -> z.names().get(0)).toList()));
    }

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,;/\\n\\r]+");

    /**
     * Handling restrictions (取扱制限), several in one cell separated by 、 , ， ; / ・ or line breaks,
     * each by name or code (a name that itself holds ・ is matched whole first). The codes come back
     * in the order of the cell, each once.
     */
    static LedgerValue<List<String>> restrictions(String text, List<Choice> restrictions) {
        if (LedgerText.isBlank(text) || NO.contains(LedgerText.key(text))) {
            return LedgerValue.blank();
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        for (String piece : LIST_SEPARATORS.split(normalised)) {
            if (LedgerText.isBlank(piece)) {
                continue;
            }
            String whole = restriction(piece, restrictions);
            if (whole != null) {
                codes.add(whole);
                continue;
            }
            for (String part : piece.split("・")) {
                if (LedgerText.isBlank(part)) {
                    continue;
                }
                String code = restriction(part, restrictions);
                if (code != null) {
                    codes.add(code);
                } else {
                    unknown.add(part.strip());
                }
            }
        }
        if (!unknown.isEmpty()) {
            return LedgerValue.invalid(
                    "ledger.value.restriction",
                    String.join("、", unknown),
                    String.join(
                            "、",
                            restrictions.stream().map(r -> r.names().get(0)).toList()));
        }
        return codes.isEmpty() ? LedgerValue.blank() : LedgerValue.given(List.copyOf(codes));
    }

    private static @Nullable String restriction(String piece, List<Choice> restrictions) {
        String key = LedgerText.key(piece);
        for (Choice r : restrictions) {
            if (LedgerText.key(r.code()).equals(key)
                    || r.names().stream().anyMatch(n -> LedgerText.key(n).equals(key))) {
                return r.code();
            }
        }
        return null;
    }
}
