package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel.Matrix;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.jspecify.annotations.Nullable;

/**
 * Units × themes. Theme names stand vertically so that many columns fit; a matrix wider than a page is
 * cut into column slices, a longer one into row pages, and every page repeats the unit column and the
 * theme headers (the repetitions are artifacts: a screen reader reads each cell once).
 */
final class MatrixWriter {

    private static final float ROW_HEADER = 200;
    private static final float TOTAL = 44;
    private static final float HEADER_TEXT = 6.9f;
    private static final float HEADER_LEADING = 8.4f;
    private static final float MAX_HEADER = 150;
    private static final float PAD = 4;
    private static final float SIZE = 7.8f;
    private static final float LEADING = 9.6f;

    private final Canvas canvas;

    MatrixWriter(Canvas canvas) {
        this.canvas = canvas;
    }

    void write(Matrix matrix, PDStructureElement parent, float firstTop) {
        Fonts fonts = canvas.fonts;
        int columns = matrix.themes().size();
        List<List<String>> headers = new ArrayList<>();
        float longest = 0;
        int mostLines = 1;
        for (String theme : matrix.themes()) {
            List<String> lines = fonts.wrap(theme, Style.BOLD, HEADER_TEXT, MAX_HEADER - 2 * PAD);
            headers.add(lines);
            mostLines = Math.max(mostLines, lines.size());
            for (String line : lines) {
                longest = Math.max(longest, fonts.width(line, Style.BOLD, HEADER_TEXT));
            }
        }
        float columnWidth = Math.max(22, mostLines * HEADER_LEADING + 2 * PAD + 2);
        float headerHeight = Math.max(60, longest + 2 * PAD + 2);
        int perSlice = Math.max(1, (int) ((Canvas.WIDTH - ROW_HEADER - TOTAL) / columnWidth));
        int slices = Math.max(1, (columns + perSlice - 1) / perSlice);

        PDStructureElement table = canvas.element("Table", parent);
        PDStructureElement headerRow = canvas.element("TR", table);
        List<PDStructureElement> rows = new ArrayList<>();
        for (int r = 0; r < matrix.units().size(); r++) {
            rows.add(canvas.element("TR", table));
        }
        PDStructureElement footerRow = canvas.element("TR", table);

        List<List<String>> unitLines = new ArrayList<>();
        for (String unit : matrix.units()) {
            unitLines.add(fonts.wrap(unit, Style.REGULAR, SIZE, ROW_HEADER - 2 * PAD));
        }
        Canvas.Surface surface = canvas.current();
        float top = firstTop;
        for (int slice = 0; slice < slices; slice++) {
            int from = slice * perSlice;
            int to = Math.min(columns, from + perSlice);
            boolean last = slice == slices - 1;
            boolean firstSlice = slice == 0;
            if (slice > 0) {
                surface = canvas.newPage();
                top = Canvas.TOP;
            }
            String part = slices > 1 ? "Teil " + (slice + 1) + " von " + slices + ": Themen " + (from + 1) + "–" + to
                    + " von " + columns : null;
            float y = header(surface, top, part, matrix, headers, from, to, last, columnWidth, headerHeight,
                    headerRow, firstSlice);
            for (int r = 0; r <= matrix.units().size(); r++) {
                boolean footer = r == matrix.units().size();
                List<String> label = footer ? List.of("Einheiten je Thema") : unitLines.get(r);
                float height = Math.max(14, label.size() * LEADING + 2 * PAD);
                if (y - height < Canvas.BOTTOM) {
                    surface = canvas.newPage();
                    y = header(surface, Canvas.TOP, part, matrix, headers, from, to, last, columnWidth, headerHeight,
                            null, false);
                }
                PDStructureElement row = footer ? footerRow : rows.get(r);
                if (footer) {
                    surface.fill(Canvas.LEFT, y - height, width(to - from, columnWidth, last), height, Canvas.TINT);
                } else if (r % 2 == 1) {
                    surface.fill(Canvas.LEFT, y - height, width(to - from, columnWidth, last), height,
                            new java.awt.Color(0xf5, 0xf8, 0xfa));
                }
                PDStructureElement rowHeader = null;
                if (firstSlice) {
                    rowHeader = canvas.element("TH", row);
                    var attributes = new PDTableAttributeObject();
                    attributes.setScope(PDTableAttributeObject.SCOPE_ROW);
                    rowHeader.addAttribute(attributes);
                }
                float baseline = y - PAD - SIZE + 1;
                for (String line : label) {
                    surface.text(line, Canvas.LEFT + PAD, baseline, footer ? Style.BOLD : Style.REGULAR, SIZE,
                            Canvas.INK, rowHeader);
                    baseline -= LEADING;
                }
                float x = Canvas.LEFT + ROW_HEADER;
                float middle = y - height / 2 - SIZE * 0.35f;
                for (int c = from; c < to; c++) {
                    int value = footer ? matrix.unitsCovering(c) : matrix.counts()[r][c];
                    PDStructureElement cell = canvas.element("TD", row);
                    if (!footer && value > 0 && matrix.isCore(c)) {
                        surface.fill(x + 1, y - height + 1, columnWidth - 2, height - 2, Canvas.TINT_STRONG);
                    }
                    if (value > 0 || footer) {
                        centered(surface, Integer.toString(value), x, columnWidth, middle,
                                footer ? Style.BOLD : Style.REGULAR, cell);
                    }
                    x += columnWidth;
                }
                if (last) {
                    PDStructureElement cell = canvas.element("TD", row);
                    int value = footer ? countAll(matrix) : matrix.themesCoveredBy(r);
                    centered(surface, Integer.toString(value), x, TOTAL, middle, Style.BOLD, cell);
                }
                surface.line(Canvas.LEFT, y - height, Canvas.LEFT + width(to - from, columnWidth, last), y - height,
                        Canvas.RULE, 0.3f);
                y -= height;
            }
        }
    }

    private static int countAll(Matrix matrix) {
        int n = 0;
        for (int[] row : matrix.counts()) {
            for (int value : row) {
                n += value;
            }
        }
        return n;
    }

    private static float width(int columns, float columnWidth, boolean last) {
        return ROW_HEADER + columns * columnWidth + (last ? TOTAL : 0);
    }

    /**
     * Draws the header row; returns the y below it. Only the first drawing of each header cell is tagged
     * (into {@code row}); repetitions ({@code row} null) are artifacts.
     */
    private float header(Canvas.Surface surface, float top, @Nullable String part, Matrix matrix,
            List<List<String>> headers, int from, int to, boolean last, float columnWidth, float headerHeight,
            @Nullable PDStructureElement row, boolean tagCorner) {
        float y = top;
        if (part != null) {
            surface.text(part, Canvas.LEFT, y - 9, Style.ITALIC, 8, Canvas.MUTED, null);
            y -= 14;
        }
        float tableWidth = width(to - from, columnWidth, last);
        surface.fill(Canvas.LEFT, y - headerHeight, tableWidth, headerHeight, Canvas.TINT);
        PDStructureElement corner = row != null && tagCorner ? th(row, PDTableAttributeObject.SCOPE_COLUMN) : null;
        surface.text("Einheit", Canvas.LEFT + PAD, y - headerHeight + PAD + 1, Style.BOLD, 8.5f, Canvas.INK, corner);
        float x = Canvas.LEFT + ROW_HEADER;
        PDStructureElement columnRow = row;
        for (int c = from; c < to; c++) {
            if (matrix.isCore(c)) {
                surface.fill(x + 1, y - headerHeight, columnWidth - 2, headerHeight, Canvas.TINT_STRONG);
            }
            PDStructureElement cell = columnRow != null ? th(columnRow, PDTableAttributeObject.SCOPE_COLUMN) : null;
            List<String> lines = headers.get(c);
            float lineX = x + columnWidth / 2 - (lines.size() * HEADER_LEADING) / 2 + HEADER_TEXT;
            for (String line : lines) {
                rotated(surface, line, lineX, y - headerHeight + PAD + 1, cell);
                lineX += HEADER_LEADING;
            }
            surface.line(x, y, x, y - headerHeight, Canvas.RULE, 0.3f);
            x += columnWidth;
        }
        if (last) {
            PDStructureElement cell = columnRow != null ? th(columnRow, PDTableAttributeObject.SCOPE_COLUMN) : null;
            surface.line(x, y, x, y - headerHeight, Canvas.RULE, 0.3f);
            rotated(surface, "Themen je Einheit", x + TOTAL / 2 + 3, y - headerHeight + PAD + 1, cell);
        }
        surface.line(Canvas.LEFT, y - headerHeight, Canvas.LEFT + tableWidth, y - headerHeight, Canvas.ACCENT, 0.9f);
        return y - headerHeight;
    }

    private PDStructureElement th(PDStructureElement row, String scope) {
        PDStructureElement cell = canvas.element("TH", row);
        var attributes = new PDTableAttributeObject();
        attributes.setScope(scope);
        cell.addAttribute(attributes);
        return cell;
    }

    private void centered(Canvas.Surface surface, String text, float x, float width, float baseline, Style style,
            @Nullable PDStructureElement element) {
        float w = canvas.fonts.width(text, style, SIZE);
        surface.text(text, x + (width - w) / 2, baseline, style, SIZE, Canvas.INK, element);
    }

    private void rotated(Canvas.Surface surface, String text, float x, float y,
            @Nullable PDStructureElement element) {
        surface.rotatedText(text, x, y, Style.BOLD, HEADER_TEXT, Canvas.INK, element);
    }
}
