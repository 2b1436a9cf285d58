package jp.mamori.committee;

/**
 * What a decision decides, as the module that owns it names it: a kind such as
 * {@code policy-revision}, the record's id there, a label for people and the path of its page. The
 * committee keeps the label and path as they were when the decision was recorded.
 */
public record Matter(String kind, long id, String label, String path) {
    public Matter {
        if (!kind.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("a matter kind is lower-case words with dashes: " + kind);
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException("a matter's page lies inside mamori: " + path);
        }
    }

    /** The key a form uses for the matter: {@code kind:id}. */
    public String key() {
        return kind + ":" + id;
    }
}
