package io.trackline.platform.web;

import java.util.regex.Pattern;

/**
 * One cell of a CSV export, as every export of Trackline writes it (the dashboard's tables and the retail
 * report API alike). A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would run as a formula in a spreadsheet (OWASP, CSV injection), so it gets a leading single quote,
 * which spreadsheets take for "this is text". A plain number (an optional minus, digits, an optional
 * fraction) is left alone: it cannot be a formula, and a column of negative amounts stays numeric.
 */
public final class CsvCell {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private CsvCell() {
    }

    /** The text as a spreadsheet must show it: with a leading {@code '} when it could be taken for a formula. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean formulaLike = TRIGGERS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
        return formulaLike ? "'" + text : text;
    }

    /** The text neutralised, and quoted as RFC 4180 requires when it holds a quote, a comma or a line break. */
    public static String field(String text) {
        String safe = neutralised(text);
        return NEEDS_QUOTES.matcher(safe).find() ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
