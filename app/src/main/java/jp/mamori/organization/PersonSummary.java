package jp.mamori.organization;

/**
 * A person as other modules see them.
 *
 * @param id the person's id
 * @param staffNumber 職員番号, unique in the body
 * @param name 氏名
 * @param kana フリガナ in full-width katakana
 * @param email mail address
 * @param unitId the unit the person belongs to
 * @param categoryId the employment category (雇用区分)
 * @param active true when the person is in post today
 */
public record PersonSummary(
        long id,
        String staffNumber,
        String name,
        String kana,
        String email,
        long unitId,
        long categoryId,
        boolean active) {}
