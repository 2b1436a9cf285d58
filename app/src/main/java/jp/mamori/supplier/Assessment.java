package jp.mamori.supplier;

/** The officer's assessment of a contractor's answers. */
public enum Assessment {
    /** 適切: the contract is kept. */
    ADEQUATE,
    /** 要改善: the contractor must improve and report. */
    NEEDS_IMPROVEMENT,
    /** 不適切: a serious breach; the CISO is told. */
    INADEQUATE;

    public String messageKey() {
        return "sup.check.assessment." + name();
    }
}
