package de.querschnitt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.ui.AppUrls;
import de.querschnitt.security.Invitation;

/**
 * A new invitation link, shown once: the full address to copy, how long it is valid and what to send. The
 * copy button uses the clipboard API; where the browser refuses (plain http outside localhost), the link is
 * selected so that Ctrl+C copies it.
 */
class LinkPanel extends Div {

    private static final String COPY_SCRIPT = """
            const input = $1.inputElement;
            const select = () => { input.focus(); input.select(); \
            try { return document.execCommand('copy'); } catch (e) { return false; } };
            if (navigator.clipboard && window.isSecureContext) {
                return navigator.clipboard.writeText($0).then(() => true, select);
            }
            return select();""";

    final Paragraph hint = new Paragraph();
    final TextField link = new TextField();
    final Button copy = new Button();
    final Span copied = new Span();
    final Paragraph validUntil = new Paragraph();
    final String url;

    LinkPanel(Invitation invitation) {
        addClassName("qs-link-panel");
        url = AppUrls.absolute(invitation.path());
        String date = AccountTexts.date(this, invitation.validUntil());
        hint.setText(getTranslation("accounts.link.hint", invitation.displayName(), invitation.username(), date));
        hint.setId("invitation-hint");

        link.setLabel(getTranslation("accounts.link.label"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        link.addClassName("qs-invitation-link");
        // a click into the field selects the whole link, the fallback when the copy button cannot copy
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));

        copy.setText(getTranslation("accounts.link.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.setId("invitation-copy");
        copy.addClickListener(e -> copyLink());

        copied.setId("invitation-copied");
        copied.addClassName("qs-copied");
        copied.getElement().setAttribute("aria-live", "polite");

        validUntil.setText(getTranslation("accounts.link.valid-until", date));
        validUntil.setId("invitation-valid");

        var actions = new Div(copy, copied);
        actions.addClassName("qs-link-actions");
        add(hint, link, actions, validUntil);
    }

    private void copyLink() {
        copied.setText("");
        link.getElement().executeJs(COPY_SCRIPT, url, link.getElement()).then(Boolean.class,
                ok -> copied.setText(getTranslation(Boolean.TRUE.equals(ok) ? "accounts.link.copied"
                        : "accounts.link.copy-manually")),
                error -> copied.setText(getTranslation("accounts.link.copy-manually")));
    }
}
