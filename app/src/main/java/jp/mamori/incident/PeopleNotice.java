package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One record of 本人への通知 for an incident whose breach must be reported: the persons concerned were
 * told (when, how, how many, which items), or telling them was not possible and another measure
 * protected them instead (why, and what was done: 公表, a contact point …), or — for 行政機関等 only — they
 * were not told because the information holds 不開示情報 ({@link NoticeDuty}). Records are appended,
 * never changed: a body may tell people in several waves.
 *
 * @param regime the regime in force when it was recorded (it decides the provision cited)
 * @param way told, replaced by another measure, or withheld
 * @param doneOn the day (Japan) the people were told or the other measure was taken
 * @param method how they were told (only when told)
 * @param people how many people this record covers (0 when unknown, e.g. a 公表)
 * @param items which of the items the rules list were told (only when told)
 * @param whyNot why telling them was not possible, or which 不開示情報 the information holds
 * @param measure the measure taken instead (only for {@link Way#ALTERNATIVE})
 * @param measureText what exactly was done instead (the web page, the contact point …)
 * @param recordedBy the login that recorded it
 * @param recordedAt when it was recorded
 */
public record PeopleNotice(
        Regime regime,
        Way way,
        LocalDate doneOn,
        @Nullable Method method,
        int people,
        Set<Item> items,
        String whyNot,
        @Nullable Measure measure,
        String measureText,
        String recordedBy,
        Instant recordedAt) {

    public PeopleNotice {
        items = items.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(items));
    }

    /** The provision that allows this way under the record's regime (also in the API's JSON). */
    @com.fasterxml.jackson.annotation.JsonProperty("provision")
    public String provision() {
        return NoticeDuty.of(regime).provision(way);
    }

    /** How the duty to tell the persons concerned was met. */
    public enum Way {
        /** the persons concerned were told (法 第26条第2項本文 / 第68条第2項本文). */
        NOTIFIED,
        /** telling them was not possible; a measure protecting them was taken instead (第26条第2項ただし書 / 第68条第2項第1号). */
        ALTERNATIVE,
        /** 行政機関等 only: the information holds 不開示情報 (第68条第2項第2号, 第78条第1項各号). */
        WITHHELD_NON_DISCLOSURE;

        public String messageKey() {
            return "incident.notice.way." + name();
        }
    }

    /** How the persons concerned were told: directly, in a way they can be expected to notice. */
    public enum Method {
        POST,
        EMAIL,
        PHONE,
        IN_PERSON,
        OTHER;

        public String messageKey() {
            return "incident.notice.method." + name();
        }
    }

    /** The measure taken when telling each person was not possible. */
    public enum Measure {
        /** 事案の公表 (on the body's web page, in its bulletin). */
        PUBLICATION,
        /** a contact point people can ask whether they are concerned (問合せ窓口). */
        CONTACT_POINT,
        OTHER;

        public String messageKey() {
            return "incident.notice.measure." + name();
        }
    }

    /**
     * The items the rules ask to tell, as far as needed to protect the persons' rights (施行規則 第10条 /
     * 第45条, naming the 1st, 2nd, 4th, 5th and 9th items of the report, 第8条第1項 / 第44条第1項).
     */
    public enum Item {
        /** 第1号 概要. */
        OVERVIEW,
        /** 第2号 the items of the personal data. */
        DATA_ITEMS,
        /** 第4号 原因. */
        CAUSE,
        /** 第5号 二次被害又はそのおそれの有無及びその内容. */
        SECONDARY_DAMAGE,
        /** 第9号 その他参考となる事項. */
        OTHER;

        public String messageKey() {
            return "incident.notice.item." + name();
        }
    }
}
