package de.querschnitt.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.AppUrls;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.exchange.CsvImportService;
import de.querschnitt.exchange.ImportAction;
import de.querschnitt.exchange.ImportChange;
import de.querschnitt.exchange.ImportKind;
import de.querschnitt.exchange.ImportPreview;
import de.querschnitt.exchange.ImportProblem;
import de.querschnitt.exchange.ImportResult;
import de.querschnitt.exchange.InvitationLink;

/**
 * The import half: choose what the file holds, upload it, see the problems (row, column, message) or the
 * changes, and import only on confirmation. New accounts' invitation links are listed once, to copy.
 */
class ImportPanel extends Div {

    private final CsvImportService imports;
    private ImportKind previewedKind;
    private byte[] previewedContent;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportChange> changes = new Grid<>();
    final Button confirm = new Button();
    final Button discard = new Button();
    final Div result = new Div();

    ImportPanel(CsvImportService imports) {
        this.imports = imports;
        addClassName("qs-exchange-import");
        kind.setLabel(getTranslation("exchange.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("exchange.import.kind." + k.name()));
        kind.setValue(ImportKind.PROFILES);
        kind.addValueChangeListener(e -> clear());

        upload.setUploadHandler(uploadHandler());
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.import.drop")));
        upload.setI18n(i18n);

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(p -> p.line() == 0 ? getTranslation("exchange.import.whole-file") : p.line())
                .setHeader(getTranslation("exchange.import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("exchange.import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> ErrorMessages.text(this, p.error())).setHeader(getTranslation("exchange.import.message"))
                .setFlexGrow(1);
        changes.setId("import-changes");
        changes.addColumn(ImportChange::line).setHeader(getTranslation("exchange.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> getTranslation("exchange.action." + c.action().name()))
                .setHeader(getTranslation("exchange.import.action")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(c -> "qs-action-" + c.action().name().toLowerCase(java.util.Locale.ROOT));
        changes.addColumn(ImportChange::subject).setHeader(getTranslation("exchange.import.subject")).setFlexGrow(1);
        changes.addColumn(c -> String.join(", ", c.changedColumns()))
                .setHeader(getTranslation("exchange.import.changed")).setFlexGrow(1);
        for (Grid<?> grid : java.util.List.of(problems, changes)) {
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
            grid.setAllRowsVisible(true);
        }
        confirm.setText(getTranslation("exchange.import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        discard.setText(getTranslation("exchange.import.cancel"));
        discard.addClickListener(e -> clear());
        result.setId("import-result");
        var buttons = new Div(confirm, discard);
        buttons.addClassName("qs-import-buttons");
        add(new H2(getTranslation("exchange.import.title")), new Paragraph(getTranslation("exchange.import.intro")),
                kind, upload, summary, problems, changes, buttons, result);
        clear();
    }

    private UploadHandler uploadHandler() {
        return event -> {
            long size = event.getFileSize();
            // a file over the limit is not read at all; the service says so with its size
            byte[] content = size > CsvImportService.MAX_BYTES ? new byte[0]
                    : event.getInputStream().readNBytes(CsvImportService.MAX_BYTES + 1);
            event.getUI().access(() -> received(event.getFileName(), content, size));
        };
    }

    /** Checks an uploaded file and shows the preview. */
    void received(String fileName, byte[] content, long size) {
        clear();
        // the next file can be chosen right away; the preview below names the checked one
        upload.clearFileList();
        ImportPreview preview = imports.preview(kind.getValue(), content, size);
        summary.scrollIntoView();
        if (!preview.canImport()) {
            summary.setText(getTranslation("exchange.import.file", fileName) + " – "
                    + getTranslation("exchange.import.problems", preview.problems().size()));
            summary.addClassName("qs-error-text");
            problems.setItems(preview.problems());
            problems.setVisible(true);
            return;
        }
        previewedKind = preview.kind();
        previewedContent = content;
        long created = preview.count(ImportAction.CREATE);
        long updated = preview.count(ImportAction.UPDATE);
        summary.setText(getTranslation("exchange.import.file", fileName) + " – " + getTranslation(
                "exchange.import.ready", created, updated, preview.count(ImportAction.UNCHANGED)));
        changes.setItems(preview.changes());
        changes.setVisible(true);
        boolean changesSomething = created + updated > 0;
        confirm.setVisible(changesSomething);
        discard.setVisible(true);
        if (!changesSomething) {
            result.add(new Paragraph(getTranslation("exchange.import.nothing")));
        }
    }

    private void confirm() {
        ImportResult done;
        try {
            done = imports.execute(previewedKind, previewedContent);
        } catch (UserError error) {
            ErrorMessages.show(this, error);
            return;
        }
        clear();
        if (!done.succeeded()) {
            summary.setText(getTranslation("exchange.import.problems", done.problems().size()));
            summary.addClassName("qs-error-text");
            problems.setItems(done.problems());
            problems.setVisible(true);
            return;
        }
        summary.setText(getTranslation("exchange.import.done", done.count(ImportAction.CREATE),
                done.count(ImportAction.UPDATE), done.count(ImportAction.UNCHANGED)));
        if (!done.invitations().isEmpty()) {
            result.add(new H3(getTranslation("exchange.import.invitations")),
                    new Paragraph(getTranslation("exchange.import.invitations.help")));
            for (InvitationLink link : done.invitations()) {
                var field = new TextField(link.username() + " – " + link.displayName());
                field.setValue(AppUrls.absolute(link.path()));
                field.setReadOnly(true);
                field.setWidthFull();
                field.addClassName("qs-invitation-link");
                result.add(field);
            }
        }
    }

    private void clear() {
        previewedContent = null;
        previewedKind = null;
        summary.setText("");
        summary.removeClassName("qs-error-text");
        problems.setItems(java.util.List.of());
        problems.setVisible(false);
        changes.setItems(java.util.List.of());
        changes.setVisible(false);
        confirm.setVisible(false);
        discard.setVisible(false);
        result.removeAll();
    }
}
