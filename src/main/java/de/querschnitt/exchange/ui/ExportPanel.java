package de.querschnitt.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.querschnitt.exchange.CsvDialect;
import de.querschnitt.exchange.CsvExportService;
import de.querschnitt.exchange.CsvFile;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.vocabulary.Vocabulary;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The export half of the exchange page: one download per file, each with its row count and how many cells
 * were neutralised against formula injection. The files are made when the page opens or the separator
 * changes, so the note tells exactly what the download contains.
 */
class ExportPanel extends Div {

    private final CsvExportService exports;
    private final Optional<SurveyRound> round;

    final RadioButtonGroup<CsvDialect> dialect = new RadioButtonGroup<>();
    final Div files = new Div();
    /** The files currently offered, by the key of their label. */
    final Map<String, CsvFile> offered = new LinkedHashMap<>();

    ExportPanel(CsvExportService exports, Optional<SurveyRound> round) {
        this.exports = exports;
        this.round = round;
        addClassName("qs-exchange-export");
        dialect.setLabel(getTranslation("exchange.dialect"));
        dialect.setItems(CsvDialect.values());
        dialect.setItemLabelGenerator(d -> getTranslation("exchange.dialect." + d.name()));
        dialect.setValue(CsvDialect.SEMICOLON);
        dialect.addValueChangeListener(e -> refresh());
        files.addClassName("qs-export-files");
        add(new H2(getTranslation("exchange.export.title")), new Paragraph(getTranslation("exchange.export.intro")),
                dialect, files);
        refresh();
    }

    void refresh() {
        files.removeAll();
        offered.clear();
        CsvDialect d = dialect.getValue();
        round.ifPresent(r -> {
            offer("exchange.export.profiles", x -> exports.profiles(r.id(), x), d);
            offer("exchange.export.instruments", x -> exports.instruments(r.id(), x), d);
            offer("exchange.export.matrix-themes",
                    x -> exports.matrix(r.id(), Vocabulary.THEME, MatrixService.DEFAULT_CORE_THRESHOLD, x), d);
            offer("exchange.export.matrix-space",
                    x -> exports.matrix(r.id(), Vocabulary.SPACE, MatrixService.DEFAULT_CORE_THRESHOLD, x), d);
        });
        offer("exchange.export.history", exports::history, d);
        offer("exchange.export.units", exports::units, d);
        offer("exchange.export.accounts", exports::accounts, d);
    }

    private void offer(String labelKey, Function<CsvDialect, CsvFile> export, CsvDialect d) {
        CsvFile file = export.apply(d);
        offered.put(labelKey, file);
        byte[] content = file.content();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), file.fileName(), CsvFile.CONTENT_TYPE, content.length)),
                AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(labelKey)));
        download.addClassName("qs-export-link");
        download.setId("export-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        var rows = new Span(file.fileName() + " · " + getTranslation("exchange.export.rows", file.rows()));
        rows.addClassName("qs-export-meta");
        var line = new Div(download, rows);
        line.addClassName("qs-export-file");
        if (file.neutralisedCells() > 0) {
            var note = new Span(getTranslation("exchange.export.neutralised", file.neutralisedCells()));
            note.addClassName("qs-export-neutralised");
            line.add(note);
        }
        files.add(line);
    }
}
