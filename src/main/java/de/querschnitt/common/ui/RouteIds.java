package de.querschnitt.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads a numeric id from the URL; anything else (letters, overflow) is simply "no such id". */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> read(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    /**
     * An id as the database hands them out: 1 to {@link Integer#MAX_VALUE} in ASCII digits; anything else (a
     * sign, other digits, overflow) is no id, so no larger number reaches a query (they would overflow there).
     */
    public static Optional<Long> parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 10
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id >= 1 && id <= Integer.MAX_VALUE ? Optional.of(id) : Optional.empty();
    }
}
