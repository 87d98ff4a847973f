package de.querschnitt.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The neutral answer for an id that does not exist or that the person may not see: it never tells which
 * of the two it was.
 */
public final class NotFound extends Div {

    public NotFound() {
        addClassName("qs-not-found");
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")));
    }
}
