package jp.mamori.asset.web;

/** Who may call the asset handlers, as {@code @PreAuthorize} expressions over {@code asset.AssetAccess}. */
final class Rights {
    /** The list, findings and export: everyone signed in, each seeing the assets of the units they may read. */
    static final String LIST = "isAuthenticated()";

    /** One asset and its history: readers of its owner unit. */
    static final String READ = "@assetAccess.mayRead(#number)";

    /** Register or import: whoever may change the assets of some unit (the unit itself is checked on the record). */
    static final String CREATE = "@assetAccess.mayCreate()";

    /** Edit, dispose, approve or withdraw a disposal: managers of its owner unit. */
    static final String CHANGE = "@assetAccess.mayChange(#number)";

    private Rights() {}
}
