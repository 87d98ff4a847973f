package de.querschnitt.common.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (Lumo badge styles from querschnitt.css). */
public final class Badge extends Span {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, INFO }

    public Badge(String text, Tone tone) {
        super(text);
        addClassName("qs-badge");
        addClassName("qs-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
