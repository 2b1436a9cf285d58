package jp.mamori.supplier.web;

import static jp.mamori.supplier.web.FormText.text;

import java.util.stream.Collectors;
import jp.mamori.supplier.SnsAccountDraft;
import jp.mamori.supplier.SnsAccounts;
import jp.mamori.supplier.SupplierViews;
import org.jspecify.annotations.Nullable;

/** The SNS account form: people by 職員番号. */
record SnsAccountForm(
        @Nullable String platform,
        @Nullable String account,
        @Nullable String purpose,
        @Nullable String procedureDocument,
        @Nullable String postingRules,
        @Nullable Long unitId,
        @Nullable String responsible,
        @Nullable String deputies,
        @Nullable String credentialHolder,
        @Nullable Boolean secondFactor,
        @Nullable String announcedAt)
        implements RegisterPages.Form<SnsAccountDraft> {
    static SnsAccountForm empty() {
        return new SnsAccountForm("", "", "", "", "", null, "", "", "", false, "");
    }

    static SnsAccountForm of(SnsAccounts.Details d) {
        var a = d.account();
        return new SnsAccountForm(
                a.platform(),
                a.account(),
                a.purpose(),
                a.procedureDocument(),
                a.postingRules(),
                a.unitId(),
                d.responsible() == null ? "" : d.responsible().staffNumber(),
                d.deputies().stream()
                        .map(SupplierViews.NamedPerson::staffNumber)
                        .collect(Collectors.joining(", ")),
                a.credentialHolder(),
                a.secondFactor(),
                a.announcedAt());
    }

    @Override
    public SnsAccountDraft draft() {
        return new SnsAccountDraft(
                text(platform),
                text(account),
                text(purpose),
                text(procedureDocument),
                text(postingRules),
                unitId,
                text(responsible),
                FormText.list(deputies),
                text(credentialHolder),
                Boolean.TRUE.equals(secondFactor),
                text(announcedAt));
    }
}
