package de.querschnitt.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.querschnitt.common.ui.Badge;
import de.querschnitt.security.AccountOverview;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the account pages word an account's state, dates and links. */
final class AccountTexts {

    /** The city's time zone: a link "valid until 08.12.2026" means the planner's calendar day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private AccountTexts() {
    }

    static String date(Component context, Instant instant) {
        var ui = context.getUI().orElseGet(UI::getCurrent);
        var locale = ui == null ? Locale.GERMANY : ui.getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE)
                .format(instant);
    }

    static String state(Component context, AccountOverview account) {
        return switch (account.state()) {
            case INVITED -> context.getTranslation("accounts.state.INVITED", date(context, account.linkValidUntil()));
            default -> context.getTranslation("accounts.state." + account.state().name());
        };
    }

    static Badge stateBadge(Component context, AccountOverview account) {
        var badge = new Badge(state(context, account), switch (account.state()) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case INVITED -> Badge.Tone.INFO;
            case LINK_EXPIRED -> Badge.Tone.WARNING;
            case NOT_INVITED, DISABLED -> Badge.Tone.NEUTRAL;
        });
        badge.addClassName("qs-account-state");
        badge.getElement().setAttribute("data-state", account.state().name());
        return badge;
    }
}
