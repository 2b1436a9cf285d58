package jp.mamori.asset;

import java.util.Optional;
import jp.mamori.shared.LinkableRecords;
import org.springframework.stereotype.Component;

/** Assets as link targets, by 管理番号: every signed-in person may read the register's names. */
@Component
class AssetLinks implements LinkableRecords {
    private final AssetRegister register;

    AssetLinks(AssetRegister register) {
        this.register = register;
    }

    @Override
    public Kind kind() {
        return Kind.ASSET;
    }

    @Override
    public Optional<Linked> find(String reference) {
        return register.byNumber(reference)
                .map(a -> new Linked(Kind.ASSET, a.number(), a.name(), "/assets/" + a.number()));
    }
}
