package de.querschnitt.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads a numeric id from the URL; anything else (letters, overflow) is simply "no such id". */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> read(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
