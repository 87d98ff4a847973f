package de.querschnitt.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.review.TextDiff;

/**
 * Track changes as a person reads them: removed text struck through in a {@code del}, added text underlined in
 * an {@code ins}, each with a hidden word for screen readers. User text is only ever set as text, never as
 * HTML.
 */
public final class DiffText extends Div {

    public DiffText(TextDiff diff) {
        addClassName("qs-diff");
        for (TextDiff.Line line : diff.lines()) {
            var row = new Div();
            row.addClassName("qs-diff-line");
            row.addClassName("qs-diff-line-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            for (TextDiff.Piece piece : line.pieces()) {
                row.add(switch (piece.kind()) {
                    case ADDED -> marked(new Ins(), "review.diff.added", piece.text());
                    case REMOVED -> marked(new Del(), "review.diff.removed", piece.text());
                    default -> new Span(piece.text());
                });
            }
            add(row);
        }
    }

    private HtmlContainer marked(HtmlContainer container, String labelKey, String text) {
        var hint = new Span(getTranslation(labelKey) + " ");
        hint.addClassName("qs-visually-hidden");
        container.add(hint, new Span(text));
        return container;
    }

    @Tag("ins")
    static final class Ins extends HtmlContainer {
    }

    @Tag("del")
    static final class Del extends HtmlContainer {
    }
}
