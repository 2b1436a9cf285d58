package jp.mamori.incident;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The plan in force: the {@link ResponsePlans} bean of the plan page when there is one, else the
 * default plan with the configured CISO-from severity.
 */
@Component
class ResponsePlanSource {
    private final ObjectProvider<ResponsePlans> plans;
    private final IncidentSettings settings;

    ResponsePlanSource(ObjectProvider<ResponsePlans> plans, IncidentSettings settings) {
        this.plans = plans;
        this.settings = settings;
    }

    ResponsePlan current() {
        ResponsePlans stored = plans.getIfAvailable();
        return stored != null
                ? stored.current()
                : ResponsePlan.defaults(settings.escalation().cisoFromSeverity());
    }
}
