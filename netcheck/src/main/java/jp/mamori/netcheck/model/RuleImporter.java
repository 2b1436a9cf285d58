package jp.mamori.netcheck.model;

/**
 * Reads one vendor's configuration text into the neutral rule model. Implementations never throw
 * on a line they do not understand: they report it in {@link ImportResult#unsupported()}.
 */
public interface RuleImporter {
    /**
     * @param fileName the file's name, used in findings and unsupported lines
     * @param text the whole configuration text
     * @param device the device name to use when the configuration does not name one (may be null)
     */
    ImportResult read(String fileName, String text, String device);
}
