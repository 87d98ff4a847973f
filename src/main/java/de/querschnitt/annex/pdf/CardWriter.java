package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Row;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jspecify.annotations.Nullable;

/**
 * A profile card in the grid of the seed's annex: a tinted left column (unit, title, document title,
 * Zeitraum) beside rows of two boxes. A row that does not fit continues on the next page, both boxes
 * split at the same height, with the card's title and the box headings repeated as "Fortsetzung".
 */
final class CardWriter {

    private static final float LEFT_WIDTH = 178;
    private static final float GAP = 10;
    private static final float BOX_WIDTH = (Canvas.WIDTH - LEFT_WIDTH - 2 * GAP) / 2;
    private static final float PAD_X = 7;
    private static final float PAD_Y = 6;
    private static final float ROW_GAP = 8;
    private static final float TEXT_WIDTH = BOX_WIDTH - 2 * PAD_X;
    /** Fewer lines than this at the bottom of a page look like an accident: start the row on the next page. */
    private static final int MIN_LINES = 3;

    private final Canvas canvas;

    CardWriter(Canvas canvas) {
        this.canvas = canvas;
    }

    /**
     * Writes a card starting on a new page, tagged as a section below {@code parent}.
     *
     * @return the first page's sheet and the top of the card (bookmarks, table of contents)
     */
    Canvas.Sheet write(String kicker, @Nullable PDStructureElement kickerElement, String title, String titleTag,
            @Nullable String documentTitle, @Nullable String period, List<Row> rows, PDStructureElement parent) {
        Fonts fonts = canvas.fonts;
        PDStructureElement section = canvas.element("Sect", parent);
        float leftText = LEFT_WIDTH - 2 * PAD_X;
        List<Line> left = new ArrayList<>();
        left.addAll(Line.paragraph(fonts, kicker, Style.BOLD, 7.8f, Canvas.MUTED, 0, leftText, 10, 0,
                kickerElement));
        // a long compound ("Kindertagesstättenbedarfsplan") gets a smaller size rather than a split word
        float titleSize = fonts.sizeToFit(title, Style.BOLD, 12.5f, 9, leftText);
        left.addAll(Line.paragraph(fonts, title, Style.BOLD, titleSize, Canvas.ACCENT, 0, leftText,
                titleSize * 1.24f, 6, canvas.element(titleTag, section)));
        if (documentTitle != null && !documentTitle.isBlank()) {
            left.addAll(Line.paragraph(fonts, documentTitle, Style.ITALIC, 8.6f, Canvas.INK, 0, leftText, 11, 8,
                    canvas.element("P", section)));
        }
        if (period != null && !period.isBlank()) {
            PDStructureElement periodElement = canvas.element("P", section);
            left.addAll(Line.paragraph(fonts, "ZEITRAUM/ZEITBEZUG", Style.BOLD, Line.HEADING, Canvas.ACCENT, 0,
                    leftText, 10.5f, 12, periodElement));
            left.addAll(Line.paragraph(fonts, period, Style.BOLD, 9.2f, Canvas.INK, 0, leftText, 12, 2,
                    periodElement));
        }
        List<Cell[]> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(new Cell[] {cell(row.left(), section), cell(row.right(), section)});
        }

        Canvas.Surface surface = canvas.newPage();
        Canvas.Sheet first = surface.sheet;
        int leftNext = 0;
        int rowIndex = 0;
        boolean continuation = false;
        while (true) {
            float y = Canvas.TOP;
            float x = Canvas.LEFT + LEFT_WIDTH + GAP;
            while (rowIndex < cells.size()) {
                Cell a = cells.get(rowIndex)[0];
                Cell b = cells.get(rowIndex)[1];
                float available = y - Canvas.BOTTOM - 2 * PAD_Y;
                int fitA = a.fitting(available);
                int fitB = b.fitting(available);
                if (fitA == a.remaining() && fitB == b.remaining()) {
                    float height = Math.max(a.height(a.remaining()), b.height(b.remaining())) + 2 * PAD_Y;
                    a.draw(surface, x, y, fitA, height);
                    b.draw(surface, x + BOX_WIDTH + GAP, y, fitB, height);
                    y -= height + ROW_GAP;
                    rowIndex++;
                    continue;
                }
                boolean atTop = y == Canvas.TOP;
                if (!atTop && (a.tooFew(fitA) || b.tooFew(fitB))) {
                    break;
                }
                float height = y - Canvas.BOTTOM;
                a.draw(surface, x, y, fitA, height);
                b.draw(surface, x + BOX_WIDTH + GAP, y, fitB, height);
                y = Canvas.BOTTOM - ROW_GAP;
                break;
            }
            // the left column: tinted down to the lowest box (or its own text), text on top of the tint
            float leftY = Canvas.TOP - PAD_Y - 2;
            List<Line> pageLeft = new ArrayList<>();
            if (continuation) {
                pageLeft.addAll(Line.paragraph(fonts, kicker, Style.BOLD, 7.8f, Canvas.MUTED, 0, leftText, 10, 0,
                        null));
                pageLeft.addAll(Line.paragraph(fonts, title, Style.BOLD, titleSize, Canvas.ACCENT, 0, leftText,
                        titleSize * 1.24f, 6, null));
                pageLeft.addAll(Line.paragraph(fonts, "(Fortsetzung)", Style.ITALIC, 8.6f, Canvas.MUTED, 0, leftText,
                        11, 2, null));
            }
            float used = 0;
            for (Line line : pageLeft) {
                used += line.total(used == 0);
            }
            int leftEnd = leftNext;
            while (leftEnd < left.size() && used + left.get(leftEnd).total(used == 0) <= leftY - Canvas.BOTTOM) {
                used += left.get(leftEnd).total(used == 0);
                pageLeft.add(left.get(leftEnd));
                leftEnd++;
            }
            float panelBottom = Math.min(y + ROW_GAP, leftY - used - PAD_Y);
            surface.fill(Canvas.LEFT, panelBottom, LEFT_WIDTH, Canvas.TOP - panelBottom, Canvas.TINT);
            surface.fill(Canvas.LEFT, Canvas.TOP - 3, LEFT_WIDTH, 3, Canvas.ACCENT);
            float top = leftY;
            for (int i = 0; i < pageLeft.size(); i++) {
                top = pageLeft.get(i).draw(surface, Canvas.LEFT + PAD_X, top, i == 0);
            }
            leftNext = leftEnd;
            if (rowIndex >= cells.size() && leftNext >= left.size()) {
                return first;
            }
            surface = canvas.newPage();
            continuation = true;
        }
    }

    private Cell cell(List<Block> blocks, PDStructureElement section) {
        if (blocks.isEmpty()) {
            return new Cell("", List.of());
        }
        return new Cell(blocks.getFirst().heading(), Line.blocks(canvas, blocks, TEXT_WIDTH, section));
    }

    /** The lines of one box and how many of them are already drawn. */
    private final class Cell {
        private final String heading;
        private final List<Line> lines;
        private int next;

        Cell(String heading, List<Line> lines) {
            this.heading = heading;
            this.lines = lines;
        }

        int remaining() {
            return lines.size() - next;
        }

        boolean tooFew(int fitting) {
            return fitting < Math.min(MIN_LINES, remaining());
        }

        private float continuationHeight() {
            return next > 0 ? 10.5f : 0;
        }

        /** Height of the next {@code count} lines, as they would stand at the top of a box. */
        float height(int count) {
            float h = continuationHeight();
            for (int i = next; i < next + count; i++) {
                h += lines.get(i).total(i == next && h == 0);
            }
            return h;
        }

        int fitting(float available) {
            float h = continuationHeight();
            int count = 0;
            for (int i = next; i < lines.size(); i++) {
                float add = lines.get(i).total(i == next && h == 0);
                if (h + add > available) {
                    break;
                }
                h += add;
                count++;
            }
            return count;
        }

        void draw(Canvas.Surface surface, float x, float top, int count, float boxHeight) {
            if (lines.isEmpty() || count == 0) {
                return;
            }
            surface.frame(x, top - boxHeight, BOX_WIDTH, boxHeight, Canvas.RULE, 0.6f);
            surface.fill(x, top - 1.6f, BOX_WIDTH, 1.6f, Canvas.ACCENT);
            float y = top - PAD_Y;
            boolean atTop = true;
            if (next > 0 && count > 0) {
                Line continued = Line.plain(heading.toUpperCase(Locale.GERMAN) + " (FORTSETZUNG)", Style.BOLD,
                        Line.HEADING, Canvas.ACCENT, 0, 10.5f, 0, null);
                y = continued.draw(surface, x + PAD_X, y, true);
                atTop = false;
            }
            for (int i = next; i < next + count; i++) {
                y = lines.get(i).draw(surface, x + PAD_X, y, atTop);
                atTop = false;
            }
            next += count;
        }
    }
}
