package jp.mamori.asset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link AssetRegister} other modules call. */
@Component
class RegisterLookup implements AssetRegister {
    private final Assets assets;

    RegisterLookup(Assets assets) {
        this.assets = assets;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetSummary> byNumber(String number) {
        return assets.byNumber(fold(number)).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetSummary> search(String text, int limit) {
        AssetFilter filter = new AssetFilter(null, null, null, null, null, text, null, AssetFilter.Sort.NUMBER);
        return assets.page(filter, null, 0, Math.min(100, Math.max(1, limit))).items().stream()
                .map(this::summary)
                .toList();
    }

    private AssetSummary summary(Asset a) {
        ClassificationScheme scheme = assets.schemeOf(a.scheme());
        return new AssetSummary(
                a.number(),
                a.name(),
                a.ownerUnitId(),
                label(scheme, Axis.CONFIDENTIALITY, a.confidentiality()),
                label(scheme, Axis.INTEGRITY, a.integrity()),
                label(scheme, Axis.AVAILABILITY, a.availability()),
                a.disposed());
    }

    private AssetSummary summary(AssetRow a) {
        ClassificationScheme scheme = assets.schemeOf(a.scheme());
        return new AssetSummary(
                a.number(),
                a.name(),
                a.ownerUnitId(),
                label(scheme, Axis.CONFIDENTIALITY, a.confidentiality()),
                label(scheme, Axis.INTEGRITY, a.integrity()),
                label(scheme, Axis.AVAILABILITY, a.availability()),
                a.status() == AssetStatus.DISPOSED);
    }

    private static String label(ClassificationScheme scheme, Axis axis, String code) {
        return scheme.level(axis, code).map(ClassLevel::label).orElse(axis.japanese() + code);
    }

    private static String fold(String number) {
        return Normalizer.normalize(number, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }
}
