package jp.mamori.supplier.web;

import static jp.mamori.supplier.web.FormText.text;

import jp.mamori.supplier.Contractor;
import jp.mamori.supplier.ContractorDraft;
import org.jspecify.annotations.Nullable;

/** The contractor form. */
record ContractorForm(
        @Nullable String name,
        @Nullable String address,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String note)
        implements RegisterPages.Form<ContractorDraft> {
    static ContractorForm empty() {
        return new ContractorForm("", "", "", "", "", "");
    }

    static ContractorForm of(Contractor c) {
        return new ContractorForm(c.name(), c.address(), c.contactName(), c.contactPhone(), c.contactEmail(), c.note());
    }

    @Override
    public ContractorDraft draft() {
        return new ContractorDraft(
                text(name), text(address), text(contactName), text(contactPhone), text(contactEmail), text(note));
    }
}
