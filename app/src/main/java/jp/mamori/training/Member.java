package jp.mamori.training;

import java.time.LocalDate;

/** A person in post as training sees them: where they work, their category and their 着任日. */
public record Member(
        long personId,
        String staffNumber,
        String name,
        long unitId,
        String unitName,
        long categoryId,
        String categoryName,
        LocalDate inPostFrom) {}
