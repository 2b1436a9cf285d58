package jp.mamori.organization;

/**
 * An employment category (雇用区分) as other modules see it.
 *
 * @param id the category's id
 * @param name its name, such as 会計年度任用職員
 * @param active false when the body no longer uses it for new people
 */
public record CategorySummary(long id, String name, boolean active) {}
