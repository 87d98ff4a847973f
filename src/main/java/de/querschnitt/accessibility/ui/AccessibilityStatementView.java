package de.querschnitt.accessibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.querschnitt.accessibility.AccessibilityProperties;
import de.querschnitt.common.ui.LanguageSwitch;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The "Erklärung zur Barrierefreiheit" as public bodies in NRW publish it (BGG NRW § 10b, BITV NRW, model
 * statement of the EU implementing decision 2018/1523): reachable without login, from the login page and
 * from the app's navigation.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "barrierefreiheit";

    AccessibilityStatementView(AccessibilityProperties properties, AuthenticationContext authenticationContext) {
        addClassName("qs-statement");
        setId("main-content");
        var back = authenticationContext.isAuthenticated()
                ? new Anchor("", getTranslation("a11y.statement.back.app"))
                : new Anchor("login", getTranslation("a11y.statement.back.login"));
        back.addClassName("qs-statement-back");

        var page = new Div(back, new H1(getTranslation("a11y.statement.title")),
                text("a11y.statement.intro", properties.operator()),
                new H2(getTranslation("a11y.statement.status.title")),
                text("a11y.statement.status.text"),
                new H2(getTranslation("a11y.statement.barriers.title")),
                text("a11y.statement.barriers.intro"),
                list("a11y.statement.barriers.", 6),
                new H2(getTranslation("a11y.statement.created.title")),
                text("a11y.statement.created.text", date(properties.created())),
                text("a11y.statement.created.method"),
                list("a11y.statement.created.method.", 4),
                text("a11y.statement.created.reviewed", date(properties.reviewed())),
                new H2(getTranslation("a11y.statement.feedback.title")),
                text("a11y.statement.feedback.text"),
                contact(properties.contact()),
                new H2(getTranslation("a11y.statement.enforcement.title")),
                text("a11y.statement.enforcement.text"),
                enforcementContact(),
                text("a11y.statement.enforcement.federal"),
                new LanguageSwitch());
        page.addClassName("qs-statement-page");
        add(page);
    }

    private Paragraph text(String key, Object... arguments) {
        return new Paragraph(getTranslation(key, arguments));
    }

    private UnorderedList list(String prefix, int count) {
        var list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    private Paragraph contact(String contact) {
        var paragraph = new Paragraph(getTranslation("a11y.statement.feedback.contact") + " ");
        paragraph.setId("accessibility-contact");
        if (contact.contains("@") && !contact.contains(" ")) {
            paragraph.add(new Anchor("mailto:" + contact, contact));
        } else {
            paragraph.add(contact);
        }
        return paragraph;
    }

    private Paragraph enforcementContact() {
        var paragraph = new Paragraph(getTranslation("a11y.statement.enforcement.body"));
        paragraph.addClassName("qs-statement-address");
        var web = new Anchor("https://www.lbbp.nrw.de/ombudsstelle", "www.lbbp.nrw.de/ombudsstelle");
        var mail = new Anchor("mailto:ombudsstelle-barrierefreie-it@mags.nrw.de",
                "ombudsstelle-barrierefreie-it@mags.nrw.de");
        paragraph.add(new com.vaadin.flow.component.html.Span(" " + getTranslation("a11y.statement.enforcement.web")
                + " "), web, new com.vaadin.flow.component.html.Span(", "
                + getTranslation("a11y.statement.enforcement.mail") + " "), mail);
        return paragraph;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.statement.title") + " – " + getTranslation("app.name");
    }
}
