package jp.mamori.organization.web;

/** Who may call the organisation handlers, as {@code @PreAuthorize} expressions. */
final class Rights {
    /** The directory (units, people, categories, role holders): everyone signed in reads it. */
    static final String READ = "isAuthenticated()";

    /** Units, employment categories and role assignments: body-wide managers only. */
    static final String MANAGE = "@access.isBodyWideManager()";

    /** Register people: body-wide managers and whoever manages some unit (the unit is checked on the record). */
    static final String CREATE_PEOPLE = "@people.mayCreate()";

    /** Change or deactivate a person: managers of the person's unit. */
    static final String CHANGE_PERSON = "@people.mayChange(#id)";

    private Rights() {}
}
