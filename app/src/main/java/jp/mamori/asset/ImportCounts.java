package jp.mamori.asset;

/** What a batch did: assets created, updated, and left as they were. */
record ImportCounts(int created, int updated, int unchanged) {}
