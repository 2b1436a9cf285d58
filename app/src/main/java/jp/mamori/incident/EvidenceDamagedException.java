package jp.mamori.incident;

/**
 * A stored evidence file whose content no longer has the SHA-256 recorded when it was added (or is
 * missing): it is not handed out, and the page says so.
 */
public class EvidenceDamagedException extends RuntimeException {
    EvidenceDamagedException(Evidence evidence) {
        this(evidence.fileName(), evidence.sha256());
    }

    EvidenceDamagedException(String fileName, String sha256) {
        super("file " + fileName + " does not match its recorded SHA-256 " + sha256);
    }
}
