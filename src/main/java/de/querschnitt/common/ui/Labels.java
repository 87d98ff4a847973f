package de.querschnitt.common.ui;

import com.vaadin.flow.component.Component;

/** Translated names of enum constants: key {@code enum.<SimpleClassName>.<CONSTANT>}. */
public final class Labels {

    private Labels() {
    }

    public static String of(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }
}
