package jp.mamori.netcheck.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;

/** Loads the sample configurations under src/test/resources/samples and finds things in results. */
final class Samples {
    private Samples() {}

    static String text(String path) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + path)) {
            Objects.requireNonNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet set(ImportResult result, String filter) {
        return result.ruleSets().stream()
                .filter(s -> s.filter().equals(filter))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no filter " + filter + " in " + names(result)));
    }

    static Rule rule(RuleSet set, String id) {
        return set.rules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id + " in " + set.filter()));
    }

    static List<String> ids(RuleSet set) {
        return set.rules().stream().map(Rule::id).toList();
    }

    static List<String> names(ImportResult result) {
        return result.ruleSets().stream().map(RuleSet::filter).toList();
    }

    static AddressSet addr(String... specs) {
        return AddressSet.of(specs);
    }
}
