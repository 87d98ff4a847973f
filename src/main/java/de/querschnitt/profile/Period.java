package de.querschnitt.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Zeitraum/Zeitbezug of a planning document. */
public record Period(
        @Nullable @Min(1900) @Max(2100) Integer from,
        @Nullable @Min(1900) @Max(2100) Integer to,
        @Nullable UpdateCycle cycle,
        @Nullable PeriodState state,
        @Nullable @Size(max = 1000) String note) {

    /** "2015–2020", "seit 2017" style year range without words; empty if no year is known. */
    public String years() {
        if (from != null && to != null) {
            return from.equals(to) ? from.toString() : from + "–" + to;
        }
        if (from != null) {
            return from.toString();
        }
        return to == null ? "" : "–" + to;
    }

    public boolean yearsInOrder() {
        return from == null || to == null || from <= to;
    }
}
