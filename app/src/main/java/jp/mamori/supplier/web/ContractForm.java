package jp.mamori.supplier.web;

import static jp.mamori.supplier.web.FormText.text;

import jp.mamori.supplier.Contract;
import jp.mamori.supplier.ContractDraft;
import jp.mamori.supplier.Place;
import jp.mamori.supplier.SupplierViews;
import org.jspecify.annotations.Nullable;

/** The contract form: dates typed or picked, the official by 職員番号, the assets by 管理番号. */
record ContractForm(
        @Nullable String title,
        @Nullable String work,
        @Nullable Long unitId,
        @Nullable String responsible,
        @Nullable String startsOn,
        @Nullable String endsOn,
        @Nullable Place place,
        @Nullable String information,
        @Nullable String assets) {
    static ContractForm empty() {
        return new ContractForm("", "", null, "", "", "", null, "", "");
    }

    static ContractForm of(SupplierViews.ContractDetails d) {
        Contract k = d.contract();
        return new ContractForm(
                k.title(),
                k.work(),
                k.unitId(),
                d.responsible() == null ? "" : d.responsible().staffNumber(),
                k.startsOn().toString(),
                k.endsOn().toString(),
                k.place(),
                k.information(),
                String.join(", ", k.assets()));
    }

    ContractDraft draft() {
        return new ContractDraft(
                text(title),
                text(work),
                unitId,
                text(responsible),
                FormText.date(startsOn, "startsOn"),
                FormText.date(endsOn, "endsOn"),
                place,
                text(information),
                FormText.list(assets));
    }
}
