package jp.mamori.incident;

import jp.mamori.shared.InvalidInputException;

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
        boolean myNumberSystemsInvolved) {

    public PersonalData {
        if (approximatePeople < 0) {
            throw InvalidInputException.of("approximatePeople", "incident.error.personalData.peopleNotNegative");
        }
    }

    /** An incident that touches no personal data (an outage, a defaced page without personal data …). */
    public static PersonalData none() {
        return new PersonalData(false, false, false, 0, false, false, false, false, false);
    }

    /**
     * True when any personal information is involved. 要配慮個人情報 and 特定個人情報 are kinds of
     * 個人情報, so either counts even when the reporter left the general box unticked.
     */
    public boolean anyPersonalInformation() {
        return personalInformation || sensitive || myNumber;
    }
}
