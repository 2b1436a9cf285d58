package jp.mamori.shared;

import java.util.List;

/**
 * Records of other modules that name an incident — the contract whose contractor caused it, the SNS
 * account that was taken over — shown on the incident's page. Implemented by the module that keeps
 * the link, so the incident module reads them without depending on that module.
 */
public interface IncidentMentions {
    /**
     * The records naming the incident (by its id), for the signed-in user: empty when there are none
     * or the user may not read them.
     */
    List<Mention> mentioning(String incidentId);

    /**
     * One record: a message key with its arguments (resolved in the reader's language) and its page
     * inside mamori.
     */
    record Mention(String messageKey, List<Object> args, String path) {
        public Mention {
            args = List.copyOf(args);
            if (!path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("a mention links inside mamori: " + path);
            }
        }
    }
}
