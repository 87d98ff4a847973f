package de.querschnitt.common.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The connection to the server, always visible in the app bar and announced politely to screen readers:
 * connected, connection lost (entries are kept on this device), resending. The browser switches it
 * ({@code scripts/unsent-text.js} listens to Vaadin's connection state); the texts come from here.
 */
public class ConnectionState extends Span {

    public static final String ID = "qs-connection";

    public ConnectionState() {
        setId(ID);
        addClassName("qs-connection");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-state", "connected");
        for (String state : List.of("connected", "lost", "resending")) {
            getElement().setAttribute("data-text-" + state, getTranslation("connection." + state));
        }
        var icon = VaadinIcon.CONNECT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("connection.connected")));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UnsentText.current();
        getElement().executeJs("window.QsUnsent && QsUnsent.watchConnection()");
    }
}
