package jp.mamori.asset;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the register's rules look at for one asset in use. */
public record RegisterEntry(
        long id,
        String number,
        String name,
        long unitId,
        @Nullable Long parentId,
        AssetForm form,
        String zoneCode,
        String scheme,
        String confidentiality,
        String integrity,
        String availability,
        boolean specificPersonalInfo,
        @Nullable LocalDate nextReview) {

    String code(Axis axis) {
        return switch (axis) {
            case CONFIDENTIALITY -> confidentiality;
            case INTEGRITY -> integrity;
            case AVAILABILITY -> availability;
        };
    }
}
