package de.querschnitt.exchange;

/**
 * An exported CSV file.
 *
 * @param rows data rows, without the header
 * @param neutralisedCells cells that started with {@code = + - @}, tab, CR or NUL and got a leading
 *        apostrophe so that no spreadsheet evaluates them
 */
public record CsvFile(String fileName, byte[] content, int rows, int neutralisedCells) {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
}
