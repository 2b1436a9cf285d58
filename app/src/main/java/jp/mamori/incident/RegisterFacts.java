package jp.mamori.incident;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.asset.AssetPersonalData;
import org.jspecify.annotations.Nullable;

/**
 * What the asset register says about the personal data of the assets a breach report names, and the
 * personal-data facts it suggests for the report (issue 11: the officer picks the affected assets in
 * the report form; the report's items are suggested from the register where it has them, and the
 * officer may override every one).
 *
 * <p>A suggestion only ever adds what the register knows: a kind of data the register records for an
 * affected asset is ticked; the number of people is the sum of the assets' record counts when the
 * facts give none yet (0 = unknown) — all records of an affected asset may be concerned, so the
 * larger figure is the safe starting point; facts the register does not hold (encryption, improper
 * purpose, exposure on the web, financial harm, 条例要配慮個人情報) stay as they are. Nothing the officer
 * has already ticked is taken away.
 *
 * @param assets the register's entries of the picked assets, by 管理番号
 */
public record RegisterFacts(List<AssetPersonalData> assets) {

    public RegisterFacts {
        assets = List.copyOf(assets);
    }

    /** The assets holding 個人情報 of any kind. */
    public List<String> personal() {
        return numbers(
                assets.stream().filter(AssetPersonalData::anyPersonalData).toList());
    }

    /** The assets holding 要配慮個人情報. */
    public List<String> sensitive() {
        return numbers(
                assets.stream().filter(AssetPersonalData::sensitivePersonalInfo).toList());
    }

    /** The assets holding 特定個人情報. */
    public List<String> myNumber() {
        return numbers(
                assets.stream().filter(AssetPersonalData::specificPersonalInfo).toList());
    }

    /** The assets holding 特定個人情報 in the マイナンバー利用事務系 zone (a system for 個人番号利用事務). */
    public List<String> myNumberSystems() {
        return numbers(assets.stream()
                .filter(a -> a.specificPersonalInfo() && a.myNumberZone())
                .toList());
    }

    /** The sum of the record counts the register gives, or null when no picked asset has one. */
    public @Nullable Integer records() {
        Integer sum = null;
        for (AssetPersonalData a : assets) {
            if (a.recordCount() != null && a.anyPersonalData()) {
                sum = (sum == null ? 0 : sum) + a.recordCount();
            }
        }
        return sum;
    }

    /** The facts with what the register adds (see the class comment); never removes anything. */
    public PersonalData suggest(PersonalData current) {
        Integer records = records();
        return new PersonalData(
                current.personalInformation() || !personal().isEmpty(),
                current.sensitive() || !sensitive().isEmpty(),
                current.myNumber() || !myNumber().isEmpty(),
                current.approximatePeople() == 0 && records != null ? records : current.approximatePeople(),
                current.improperPurposeSuspected(),
                current.exposedOnWeb(),
                current.possibleFinancialHarm(),
                current.stronglyEncrypted(),
                current.myNumberSystemsInvolved() || !myNumberSystems().isEmpty(),
                current.ordinanceSensitiveInvolved());
    }

    /** The facts whose value differs between the suggestion and what was saved (for the audit trail). */
    public static List<String> overridden(PersonalData suggested, PersonalData chosen) {
        List<String> fields = new ArrayList<>();
        if (suggested.personalInformation() != chosen.personalInformation()) {
            fields.add("personalInformation");
        }
        if (suggested.sensitive() != chosen.sensitive()) {
            fields.add("sensitive");
        }
        if (suggested.myNumber() != chosen.myNumber()) {
            fields.add("myNumber");
        }
        if (suggested.approximatePeople() != chosen.approximatePeople()) {
            fields.add("approximatePeople");
        }
        if (suggested.myNumberSystemsInvolved() != chosen.myNumberSystemsInvolved()) {
            fields.add("myNumberSystemsInvolved");
        }
        return fields;
    }

    private static List<String> numbers(List<AssetPersonalData> list) {
        return list.stream().map(AssetPersonalData::number).toList();
    }
}
