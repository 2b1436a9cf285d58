package jp.mamori.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The classification schemes mamori knows, read once from {@code asset/classification-schemes.yml},
 * and the one the body has chosen. An unknown scheme id in the setting stops the start with a
 * message naming the known ids.
 */
@Component
@EnableConfigurationProperties(AssetSettings.class)
class ClassificationCatalogue {
    static final String RESOURCE = "/asset/classification-schemes.yml";

    private final Map<String, ClassificationScheme> schemes;
    private final ClassificationScheme active;

    @Autowired
    ClassificationCatalogue(AssetSettings settings) {
        this(load(), settings.scheme());
    }

    ClassificationCatalogue(Map<String, ClassificationScheme> schemes, String activeId) {
        this.schemes = Map.copyOf(schemes);
        ClassificationScheme chosen = schemes.get(activeId);
        if (chosen == null) {
            throw new IllegalStateException("mamori.assets.classification-scheme=" + activeId
                    + " is not a known scheme; known: " + String.join(", ", schemes.keySet()));
        }
        this.active = chosen;
    }

    /** The scheme assets are classified under now. */
    ClassificationScheme active() {
        return active;
    }

    /** A scheme by id (assets keep the id of the scheme they were classified under). */
    Optional<ClassificationScheme> scheme(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /** Every scheme, in the order of the file. */
    List<ClassificationScheme> all() {
        return List.copyOf(schemes.values());
    }

    /** Reads the catalogue from the class path, schemes in file order. */
    static Map<String, ClassificationScheme> load() {
        try (InputStream in = ClassificationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, ClassificationScheme> read(InputStream in) {
        CatalogueFile file = YAMLMapper.builder().build().readValue(in, CatalogueFile.class);
        Map<String, ClassificationScheme> schemes = new LinkedHashMap<>();
        for (SchemeEntry entry : file.schemes()) {
            Map<Axis, List<ClassLevel>> levels = new EnumMap<>(Axis.class);
            entry.levels().forEach((axis, list) -> {
                List<ClassLevel> converted = new ArrayList<>();
                for (LevelEntry l : list) {
                    converted.add(new ClassLevel(
                            axis,
                            l.code(),
                            l.label(),
                            l.rank(),
                            l.keepOffInternet(),
                            l.definition(),
                            l.definitionEn(),
                            l.handling() == null ? List.of() : l.handling(),
                            l.handlingEn() == null ? List.of() : l.handlingEn()));
                }
                levels.put(axis, converted);
            });
            if (schemes.put(entry.id(), new ClassificationScheme(entry.id(), entry.name(), entry.nameEn(), levels))
                    != null) {
                throw new IllegalStateException("scheme " + entry.id() + " appears twice in " + RESOURCE);
            }
        }
        return schemes;
    }

    record CatalogueFile(List<SchemeEntry> schemes) {}

    record SchemeEntry(String id, String name, String nameEn, Map<Axis, List<LevelEntry>> levels) {}

    record LevelEntry(
            String code,
            String label,
            int rank,
            boolean keepOffInternet,
            String definition,
            String definitionEn,
            @Nullable List<String> handling,
            @Nullable List<String> handlingEn) {}
}
