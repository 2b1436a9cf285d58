package jp.mamori.asset;

import java.util.Locale;

/**
 * An extra handling restriction (取扱制限) set on an asset on top of what its class requires, such as
 * 複製禁止 or 関係者限り. The list lives in table {@code ast_restriction}; the body can extend it.
 */
public record HandlingRestriction(String code, String name, String nameEn, boolean active) {
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
