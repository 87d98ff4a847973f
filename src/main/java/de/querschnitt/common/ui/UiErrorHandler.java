package de.querschnitt.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.querschnitt.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action fails: a message in their language, never a stack trace. A
 * {@link UserError} says what was wrong with the input; anything else is logged and reported neutrally.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = rootUserFacingCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof UserError error) {
            message = ErrorMessages.text(ui, error);
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.access-denied");
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR));
    }

    private static Throwable rootUserFacingCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserError || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return throwable;
    }
}
