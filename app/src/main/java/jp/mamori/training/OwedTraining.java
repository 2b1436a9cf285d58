package jp.mamori.training;

import java.util.List;

/**
 * What a person still owes this 年度: the published courses of the current year's plan they belong
 * to and have not completed, earliest due first. A small query for other modules (the home page).
 */
public interface OwedTraining {
    List<Obligation> owedBy(long personId);
}
