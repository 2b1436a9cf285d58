package jp.mamori.control.exceptions;

import java.util.List;
import jp.mamori.committee.DecisionMatters;
import jp.mamori.committee.Matter;
import org.springframework.stereotype.Component;

/**
 * The requested exceptions above the committee threshold ({@link CommitteeThreshold}), offered to the
 * committee as matters to decide (kind {@code control-exception}, linking to the exception's page).
 */
@Component
class ExceptionMatters implements DecisionMatters {
    private final Exceptions exceptions;

    ExceptionMatters(Exceptions exceptions) {
        this.exceptions = exceptions;
    }

    @Override
    public List<Matter> awaiting() {
        return exceptions.awaitingCommittee().stream()
                .map(e -> new Matter(Exceptions.MATTER_KIND, e.id(), label(e), "/exceptions/" + e.reference()))
                .toList();
    }

    /** 例外措置 EX-0001（2.1.1 title）, at most 300 characters (the committee keeps it so). */
    static String label(ControlException e) {
        String label = "例外措置 " + e.reference() + "（" + e.measureId() + " " + e.measureTitle() + "）";
        return label.length() > 300 ? label.substring(0, 299) + "…" : label;
    }
}
