package de.querschnitt.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.querschnitt.common.UserError;

/** Shows a {@link UserError} in the user's language. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String text(Component context, UserError error) {
        Object[] arguments = java.util.Arrays.stream(error.arguments())
                .map(a -> a instanceof UserError.MessageKey key ? context.getTranslation(key.key()) : a)
                .toArray();
        return context.getTranslation(error.messageKey(), arguments);
    }

    public static void show(Component context, UserError error) {
        var notification = Notification.show(text(context, error), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        // an error interrupts the screen reader (aria-live assertive); other notifications stay polite
        notification.setAssertive(true);
    }
}
