package jp.mamori.control;

import java.util.List;

/**
 * A measure of the catalogue in force as other modules see it (a risk names the measures that treat
 * it by their ids).
 *
 * @param id stable id such as {@code 6.3.2}
 * @param adopted false when the body has not adopted it
 */
public record MeasureSummary(String id, String chapter, String title, List<String> iso27001, boolean adopted) {
    public MeasureSummary {
        iso27001 = List.copyOf(iso27001);
    }
}
