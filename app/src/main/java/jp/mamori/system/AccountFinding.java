package jp.mamori.system;

/** A rule an account breaks ({@code system.account.finding.<RULE>}), with the account it is about. */
public record AccountFinding(String rule, long accountId, long systemId, String accountName) {
    public String titleKey() {
        return "system.account.finding." + rule;
    }
}
