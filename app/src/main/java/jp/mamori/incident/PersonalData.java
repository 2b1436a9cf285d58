package jp.mamori.incident;

import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter (and later the triage) knows about the personal data an incident touches. The
 * statutory reporting rules ({@link ReportingRules}) read only these facts.
 *
 * @param personalInformation 個人情報 is involved
 * @param sensitive 要配慮個人情報 is involved (health and benefit records count)
 * @param myNumber 特定個人情報 (personal information that contains an individual number) is involved
 * @param approximatePeople how many people the data is about, as far as known; 0 when unknown or none
 * @param improperPurposeSuspected the leak may have been done for an improper purpose: unauthorised
 *     access, theft, insider removal
 * @param exposedOnWeb anyone could view the data electronically, e.g. on a public web page or in
 *     storage open to the Internet
 * @param possibleFinancialHarm misuse could cause people financial loss (card or account data with
 *     what is needed to use it)
 * @param stronglyEncrypted the data was protected by strong encryption <em>and</em> the key was not
 *     taken with it; an attacker who holds the key has the data in the clear
 * @param myNumberSystemsInvolved the data was in a system for 個人番号利用事務 or in the information
 *     provision network (情報提供ネットワークシステム) or a computer connected to it
 * @param ordinanceSensitive 条例要配慮個人情報 is involved: information a local ordinance asks to be
 *     handled with care (個人情報保護法 第60条第5項); for 行政機関等 a case of its own (施行規則 第43条第5号)
 */
public record PersonalData(
        boolean personalInformation,
        boolean sensitive,
        boolean myNumber,
        int approximatePeople,
        boolean improperPurposeSuspected,
        boolean exposedOnWeb,
        boolean possibleFinancialHarm,
        boolean stronglyEncrypted,
        boolean myNumberSystemsInvolved,
        @Nullable Boolean ordinanceSensitive) {

    public PersonalData {
        // asked since issue 11: optional in the API (absent = no), never null once built
        ordinanceSensitive = Boolean.TRUE.equals(ordinanceSensitive);
        if (approximatePeople < 0) {
            throw InvalidInputException.of("approximatePeople", "incident.error.personalData.peopleNotNegative");
        }
    }

    /** The facts without 条例要配慮個人情報 (as before that fact was asked). */
    public PersonalData(
            boolean personalInformation,
            boolean sensitive,
            boolean myNumber,
            int approximatePeople,
            boolean improperPurposeSuspected,
            boolean exposedOnWeb,
            boolean possibleFinancialHarm,
            boolean stronglyEncrypted,
            boolean myNumberSystemsInvolved) {
        this(
                personalInformation,
                sensitive,
                myNumber,
                approximatePeople,
                improperPurposeSuspected,
                exposedOnWeb,
                possibleFinancialHarm,
                stronglyEncrypted,
                myNumberSystemsInvolved,
                false);
    }

    /** 条例要配慮個人情報 is involved (never null: an absent answer reads as no). */
    public boolean ordinanceSensitiveInvolved() {
        return Boolean.TRUE.equals(ordinanceSensitive);
    }

    /** An incident that touches no personal data (an outage, a defaced page without personal data …). */
    public static PersonalData none() {
        return new PersonalData(false, false, false, 0, false, false, false, false, false, false);
    }

    /**
     * True when any personal information is involved. 要配慮個人情報, 条例要配慮個人情報 and 特定個人情報
     * are kinds of 個人情報, so each counts even when the reporter left the general box unticked.
     */
    public boolean anyPersonalInformation() {
        return personalInformation || sensitive || myNumber || Boolean.TRUE.equals(ordinanceSensitive);
    }
}
