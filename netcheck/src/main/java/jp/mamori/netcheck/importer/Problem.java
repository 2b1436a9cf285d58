package jp.mamori.netcheck.importer;

/** Something an importer could not model, tied to the line a reader should look at. */
record Problem(SourceLine line, String reason) {}
