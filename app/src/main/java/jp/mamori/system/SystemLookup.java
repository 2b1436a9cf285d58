package jp.mamori.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.asset.AssetProfile;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link SystemRegister} other modules call. */
@Component
class SystemLookup implements SystemRegister {
    private final SystemRepository repository;
    private final Systems systems;
    private final SystemAccess access;
    private final AssetRegister assets;

    SystemLookup(SystemRepository repository, Systems systems, SystemAccess access, AssetRegister assets) {
        this.repository = repository;
        this.systems = systems;
        this.access = access;
        this.assets = assets;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SystemProfile> systems() {
        List<RegisteredSystem> all = repository.all();
        Map<String, AssetProfile> profiles = systems.profiles(all);
        return all.stream().map(s -> profile(s, profiles)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SystemProfile> system(long id) {
        return repository.find(id).map(s -> profile(s, systems.profiles(List.of(s))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> administrators(long id) {
        return repository.find(id).map(s -> List.copyOf(s.administrators())).orElse(List.of());
    }

    @Override
    public boolean mayRead(long id) {
        return repository.find(id).map(access::mayRead).orElse(false);
    }

    @Override
    public boolean mayManage(long id) {
        return repository.find(id).map(access::mayChange).orElse(false);
    }

    private SystemProfile profile(RegisteredSystem s, Map<String, AssetProfile> profiles) {
        Optional<AssetSummary> asset = assets.byNumber(s.assetNumber());
        return new SystemProfile(
                s.id(),
                s.assetNumber(),
                asset.map(AssetSummary::name).orElse(s.assetNumber()),
                asset.map(AssetSummary::unitId).orElse(null),
                s.zone(),
                s.cloudService(),
                s.outsourced(),
                Systems.held(s, profiles));
    }
}
