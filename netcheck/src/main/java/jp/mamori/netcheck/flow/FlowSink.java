package jp.mamori.netcheck.flow;

import jp.mamori.netcheck.model.Unsupported;

/** Receives what a {@link FlowReader} finds: understood flows and records it could not use. */
public interface FlowSink {
    /**
     * One understood flow. The holder is reused for the next record: copy it ({@link
     * FlowRecord#copy()}) to keep it.
     */
    void flow(FlowRecord record);

    /** One record (or part of a binary file) that could not be used, with the reason. */
    void unsupported(Unsupported entry);
}
