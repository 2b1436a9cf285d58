package jp.mamori.asset;

/**
 * An asset as other modules see it (the incident module links affected assets).
 *
 * @param number 管理番号, e.g. IA-000042
 * @param name 資産名
 * @param unitId the owner unit (organization unit id)
 * @param confidentiality confidentiality label, e.g. 機密性3 or 自治体機密性3A
 * @param integrity integrity label, e.g. 完全性2
 * @param availability availability label, e.g. 可用性1
 * @param disposed true once the asset has been disposed of
 */
public record AssetSummary(
        String number,
        String name,
        long unitId,
        String confidentiality,
        String integrity,
        String availability,
        boolean disposed) {}
