package de.querschnitt.common.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.querschnitt.common.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * What the page does when the server no longer knows it (session expired, server restarted): it reloads
 * at once instead of showing a banner to click, so the person lands on the login and then on the same form,
 * where {@link UnsentText} sends again what the browser kept. While the connection is only interrupted,
 * Vaadin keeps retrying for a long time (a weak meeting-room Wi-Fi may be gone for minutes) and says so
 * in the person's language.
 */
@Component
class ReconnectSettings implements VaadinServiceInitListener {

    /** Retries every 5 s for an hour before Vaadin gives up; the text stays in the browser regardless. */
    static final int RECONNECT_ATTEMPTS = 720;
    static final int RECONNECT_INTERVAL_MILLIS = 5000;

    private final Translations translations;

    ReconnectSettings(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            // no "Session expired, click here": reload, log in, come back to the same form
            messages.setSessionExpiredNotificationEnabled(false);
            // the page and the server disagree (e.g. after a restart): reload instead of a banner to click
            messages.setSyncErrorNotificationEnabled(false);
            messages.setInternalErrorCaption(translations.getTranslation("connection.error.caption", info.getLocale()));
            messages.setInternalErrorMessage(translations.getTranslation("connection.error.message", info.getLocale()));
            return messages;
        });
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var reconnect = ui.getReconnectDialogConfiguration();
            reconnect.setDialogText(ui.getTranslation("connection.reconnecting"));
            reconnect.setDialogTextGaveUp(ui.getTranslation("connection.gave-up"));
            reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
            reconnect.setReconnectInterval(RECONNECT_INTERVAL_MILLIS);
        });
    }
}
