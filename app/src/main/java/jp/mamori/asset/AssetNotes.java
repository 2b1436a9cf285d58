package jp.mamori.asset;

import java.util.List;

/**
 * What other modules have to say about an asset, shown on its page: a module that keeps facts about
 * assets (the cloud services that store it, for instance) implements this, and the asset page lists
 * every bean's notes. The asset module never depends on those modules.
 */
public interface AssetNotes {
    /** The notes on the asset with this 管理番号, for the signed-in user; empty when none. */
    List<Note> notesOn(String assetNumber);

    /**
     * One note: a message key with its arguments (resolved in the reader's language), a link inside
     * mamori (or empty), and whether it is a finding.
     */
    record Note(String messageKey, List<Object> args, String link, boolean finding) {
        public Note {
            args = List.copyOf(args);
        }
    }
}
