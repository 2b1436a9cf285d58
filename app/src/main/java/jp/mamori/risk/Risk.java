package jp.mamori.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A risk of the register (リスク): what could happen to an asset or system from a threat, and its
 * assessments.
 *
 * <p>Lifecycle: registered ({@link RiskState#IDENTIFIED}); assessed on the matrix with a treatment
 * ({@link RiskState#ASSESSED}) — while not accepted, a new assessment replaces the current one;
 * accepted by the CISO ({@link RiskState#ACCEPTED}), which freezes the current assessment: a later
 * assessment is added after it (the state goes back to ASSESSED) and the accepted one stays as it
 * was; closed ({@link RiskState#CLOSED}) when the risk no longer exists, after which nothing
 * changes.
 */
public final class Risk {
    private final @Nullable Long id;
    private final String reference;
    private RiskDetails details;
    private RiskState state;
    private final List<Assessment> assessments;
    private final int version;

    Risk(
            @Nullable Long id,
            String reference,
            RiskDetails details,
            RiskState state,
            List<Assessment> assessments,
            int version) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.state = state;
        this.assessments = new ArrayList<>(assessments);
        this.version = version;
    }

    static Risk register(String reference, RiskDetails details) {
        return new Risk(null, reference, details, RiskState.IDENTIFIED, List.of(), 0);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the risk is not stored yet");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public RiskDetails details() {
        return details;
    }

    public RiskState state() {
        return state;
    }

    int version() {
        return version;
    }

    /** Every assessment, oldest first. */
    public List<Assessment> assessments() {
        return List.copyOf(assessments);
    }

    /** The assessment in effect: the latest one. */
    public Optional<Assessment> current() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The latest accepted assessment, which stays readable after later changes. */
    public Optional<Assessment> lastAccepted() {
        for (int i = assessments.size() - 1; i >= 0; i--) {
            if (assessments.get(i).accepted()) {
                return Optional.of(assessments.get(i));
            }
        }
        return Optional.empty();
    }

    /** Changes what the risk is about; not allowed once closed. */
    void change(RiskDetails changed) {
        requireOpen();
        this.details = changed;
    }

    /**
     * Records an assessment: replaces the current one while it is not accepted, else follows it.
     *
     * @return the assessment as recorded
     */
    Assessment assess(Assessment given) {
        requireOpen();
        Optional<Assessment> current = current();
        int seq = current.map(a -> a.accepted() ? a.seq() + 1 : a.seq()).orElse(1);
        Assessment recorded = new Assessment(
                seq,
                given.likelihood(),
                given.impact(),
                given.inherent(),
                given.treatment(),
                given.measures(),
                given.treatmentPlan(),
                given.residualLikelihood(),
                given.residualImpact(),
                given.residual(),
                given.assessedBy(),
                given.assessedAt(),
                null);
        if (current.isPresent() && !current.get().accepted()) {
            assessments.set(assessments.size() - 1, recorded);
        } else {
            assessments.add(recorded);
        }
        state = RiskState.ASSESSED;
        return recorded;
    }

    /** The CISO accepts the residual risk of the current assessment, which is frozen from now on. */
    Assessment accept(String by, Instant at, String comment) {
        requireOpen();
        Assessment current = current().orElseThrow(() -> InvalidInputException.of("state", "risk.error.notAssessed"));
        if (current.accepted()) {
            throw InvalidInputException.of("state", "risk.error.alreadyAccepted");
        }
        Assessment accepted = current.withAcceptance(new Assessment.Acceptance(by, at, comment));
        assessments.set(assessments.size() - 1, accepted);
        state = RiskState.ACCEPTED;
        return accepted;
    }

    /** Ends the risk: it no longer exists. */
    void close() {
        requireOpen();
        state = RiskState.CLOSED;
    }

    private void requireOpen() {
        if (state == RiskState.CLOSED) {
            throw InvalidInputException.of("state", "risk.error.closed");
        }
    }
}
