package jp.mamori.incident;

import java.util.List;
import jp.mamori.shared.NotAllowedException;

/** A step the incident's current state does not allow, e.g. closing an incident that is not recovered. */
public class StepNotAllowedException extends NotAllowedException {
    private final IncidentState state;
    private final IncidentStep step;

    public StepNotAllowedException(IncidentState state, IncidentStep step) {
        super("incident.error.stepNotAllowed");
        this.state = state;
        this.step = step;
    }

    public IncidentState state() {
        return state;
    }

    public IncidentStep step() {
        return step;
    }

    /** The message keys of state and step, as arguments for {@code incident.error.stepNotAllowed}. */
    public List<String> messageArgs() {
        return List.of(state.messageKey(), step.messageKey());
    }

    @Override
    public String getMessage() {
        return "an incident in state " + state + " cannot take the step " + step;
    }
}
