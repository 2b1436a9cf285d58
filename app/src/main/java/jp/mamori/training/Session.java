package jp.mamori.training;

import java.time.LocalDate;

/** A classroom session (or an emergency drill) of a course: when, where, and how many came. */
public record Session(long id, long courseId, LocalDate heldOn, String place, int rostered, int attended) {}
