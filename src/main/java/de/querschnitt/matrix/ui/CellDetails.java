package de.querschnitt.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.matrix.MatrixEntry;

/** The drill-down of one cell: the profiles and instruments behind the number, each opening its page. */
class CellDetails extends Div {

    CellDetails() {
        addClassName("qs-cell-details");
        setId("cell-details");
    }

    void show(MatrixTable.Cell cell) {
        removeAll();
        add(new H2(cell.unit().label() + " × " + cell.term().name()));
        var list = new UnorderedList();
        for (MatrixEntry entry : cell.entries()) {
            Anchor link;
            Span meta;
            if (entry.isProfile()) {
                link = new Anchor(Routes.profile(entry.profileId()), entry.title());
                meta = new Span(getTranslation("matrix.cell.kind-status", Labels.of(this, entry.kind()),
                        Labels.of(this, entry.reviewStatus())));
            } else {
                link = new Anchor(Routes.unit(entry.unitId()), getTranslation("matrix.instruments-of",
                        cell.unit().code()));
                meta = new Span(getTranslation("matrix.cell.instruments", Labels.of(this, entry.reviewStatus())));
            }
            meta.addClassName("qs-cell-meta");
            list.add(new ListItem(link, meta));
        }
        add(list);
        // on a tablet the list lies below the matrix: bring it into view
        scrollIntoView();
    }

    void clear() {
        removeAll();
    }
}
