package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * The overview of the seed's Anlage 1: Fachbereich | Planwerke | Zeitraum/Zeitbezug, grouped by unit.
 * The column headers repeat on every page; a unit whose plans continue on the next page is named again
 * there.
 */
final class TableWriter {

    private static final float[] WIDTHS = {230, 290, Canvas.WIDTH - 520};
    private static final String[] HEADERS = {"Fachbereich/Einheit", "Planwerke", "Zeitraum/Zeitbezug"};
    private static final float PAD = 5;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;

    private final Canvas canvas;
    /** The header is tagged once; its repetitions on later pages are artifacts. */
    private boolean headerTagged;

    TableWriter(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Writes the table from {@code top} on the current page; returns the y below it. */
    float write(List<UnitPlans> units, PDStructureElement parent, float top) {
        Fonts fonts = canvas.fonts;
        PDStructureElement table = canvas.element("Table", parent);
        Canvas.Surface surface = canvas.current();
        float y = header(surface, top, table);
        for (UnitPlans unit : units) {
            List<Card> cards = unit.cards();
            PDStructureElement unitCell = null;
            for (int i = 0; i < cards.size(); i++) {
                Card card = cards.get(i);
                PDStructureElement row = canvas.element("TR", table);
                List<String> unitLines = fonts.wrap(unit.label(), Style.BOLD, SIZE, WIDTHS[0] - 2 * PAD);
                List<String> titleLines = fonts.wrap(card.title(), Style.REGULAR, SIZE, WIDTHS[1] - 2 * PAD);
                List<String> periodLines = card.period().isBlank() ? List.of()
                        : fonts.wrap(card.period(), Style.REGULAR, SIZE, WIDTHS[2] - 2 * PAD);
                int lines = Math.max(titleLines.size(), periodLines.size());
                boolean firstOfUnit = i == 0;
                if (firstOfUnit) {
                    lines = Math.max(lines, unitLines.size());
                }
                float height = lines * LEADING + 2 * PAD;
                boolean newPage = y - height < Canvas.BOTTOM;
                if (newPage) {
                    surface = canvas.newPage();
                    y = header(surface, Canvas.TOP, table);
                    lines = Math.max(lines, unitLines.size());
                    height = lines * LEADING + 2 * PAD;
                }
                if (firstOfUnit) {
                    unitCell = canvas.element("TD", row);
                    var attributes = new PDTableAttributeObject();
                    attributes.setRowSpan(cards.size());
                    unitCell.addAttribute(attributes);
                    surface.line(Canvas.LEFT, y, Canvas.RIGHT, y, Canvas.ACCENT, 0.9f);
                } else {
                    surface.line(Canvas.LEFT + WIDTHS[0], y, Canvas.RIGHT, y, Canvas.RULE, 0.4f);
                }
                if (firstOfUnit || newPage) {
                    cellText(surface, unitLines, Canvas.LEFT, y, Style.BOLD, firstOfUnit ? unitCell : null);
                }
                PDStructureElement titleCell = canvas.element("TD", row);
                PDStructureElement periodCell = canvas.element("TD", row);
                cellText(surface, titleLines, Canvas.LEFT + WIDTHS[0], y, Style.REGULAR, titleCell);
                cellText(surface, periodLines, Canvas.LEFT + WIDTHS[0] + WIDTHS[1], y, Style.REGULAR, periodCell);
                y -= height;
            }
        }
        surface.line(Canvas.LEFT, y, Canvas.RIGHT, y, Canvas.ACCENT, 0.9f);
        return y;
    }

    private float header(Canvas.Surface surface, float top, PDStructureElement table) {
        PDStructureElement row = headerTagged ? null : canvas.element("TR", table);
        headerTagged = true;
        float height = LEADING + 2 * PAD;
        surface.fill(Canvas.LEFT, top - height, Canvas.WIDTH, height, Canvas.TINT_STRONG);
        float x = Canvas.LEFT;
        for (int i = 0; i < HEADERS.length; i++) {
            PDStructureElement cell = null;
            if (row != null) {
                cell = canvas.element("TH", row);
                var attributes = new PDTableAttributeObject();
                attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                cell.addAttribute(attributes);
            }
            cellText(surface, List.of(HEADERS[i]), x, top, Style.BOLD, cell);
            x += WIDTHS[i];
        }
        return top - height;
    }

    private void cellText(Canvas.Surface surface, List<String> lines, float x, float top, Style style,
            PDStructureElement element) {
        float baseline = top - PAD - SIZE;
        for (String line : lines) {
            surface.text(line, x + PAD, baseline, style, SIZE, Canvas.INK, element);
            baseline -= LEADING;
        }
    }

}
