package jp.mamori.system;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person submits to register or change a system (page form or API body). People are named by
 * 職員番号, assets by 管理番号; the service checks each and names the field of every problem. Devices
 * null keeps the system's devices as they are (the page edits them one by one).
 */
public record SystemDraft(
        String assetNumber,
        String purpose,
        @Nullable SystemZone zone,
        boolean cloudService,
        String contractor,
        @Nullable Integer rtoHours,
        String backup,
        List<String> administrators,
        List<String> staff,
        List<String> heldAssets,
        @Nullable List<Device> devices) {
    public SystemDraft {
        assetNumber = assetNumber.strip();
        purpose = purpose.strip();
        contractor = contractor.strip();
        backup = backup.strip();
        administrators = clean(administrators);
        staff = clean(staff);
        heldAssets = clean(heldAssets);
        devices = devices == null ? null : List.copyOf(devices);
    }

    private static List<String> clean(List<String> values) {
        return values.stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
