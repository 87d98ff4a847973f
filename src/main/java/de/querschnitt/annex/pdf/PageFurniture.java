package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * What every page carries once the page count is known: running header with the round's name, footer
 * with "Seite x von y", and the "ENTWURF" watermark while the annex is a draft. All of it is an artifact.
 */
final class PageFurniture {

    static final String WATERMARK = "ENTWURF";
    private static final Color WATERMARK_COLOR = new Color(0xb0, 0x30, 0x30);

    private PageFurniture() {
    }

    static void write(Canvas canvas, AnnexModel model) {
        int total = canvas.pageCount();
        String header = AnnexPdf.title(model);
        String footer = model.city() + " · Stand " + AnnexPdf.date(model) + " · " + AnnexPdf.state(model);
        float top = Canvas.SIZE.getHeight();
        for (Canvas.Sheet sheet : canvas.sheets()) {
            try (Canvas.Surface surface = canvas.reopen(sheet)) {
                if (sheet.index > 0) {
                    surface.text(header, Canvas.LEFT, top - 30, Style.REGULAR, 8, Canvas.MUTED, null);
                    String city = model.city();
                    surface.text(city, Canvas.RIGHT - canvas.fonts.width(city, Style.REGULAR, 8), top - 30,
                            Style.REGULAR, 8, Canvas.MUTED, null);
                    surface.line(Canvas.LEFT, top - 36, Canvas.RIGHT, top - 36, Canvas.RULE, 0.5f);
                }
                surface.line(Canvas.LEFT, 34, Canvas.RIGHT, 34, Canvas.RULE, 0.5f);
                surface.text(footer, Canvas.LEFT, 22, Style.REGULAR, 8, Canvas.MUTED, null);
                String page = "Seite " + (sheet.index + 1) + " von " + total;
                surface.text(page, Canvas.RIGHT - canvas.fonts.width(page, Style.REGULAR, 8), 22, Style.REGULAR, 8,
                        Canvas.MUTED, null);
                if (model.draft()) {
                    watermark(canvas, surface.stream());
                }
            }
        }
    }

    private static void watermark(Canvas canvas, PDPageContentStream stream) {
        float size = 120;
        float width = canvas.fonts.width(WATERMARK, Style.BOLD, size);
        double angle = Math.toRadians(28);
        float cx = Canvas.SIZE.getWidth() / 2;
        float cy = Canvas.SIZE.getHeight() / 2;
        float x = (float) (cx - Math.cos(angle) * width / 2 + Math.sin(angle) * size * 0.35);
        float y = (float) (cy - Math.sin(angle) * width / 2 - Math.cos(angle) * size * 0.35);
        try {
            stream.beginMarkedContent(COSName.ARTIFACT);
            stream.saveGraphicsState();
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(0.13f);
            stream.setGraphicsStateParameters(state);
            stream.beginText();
            stream.setFont(canvas.fonts.font(Style.BOLD), size);
            stream.setNonStrokingColor(WATERMARK_COLOR);
            stream.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
            stream.showText(WATERMARK);
            stream.endText();
            stream.restoreGraphicsState();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
