package org.narrativelens.export;

import java.util.List;
import java.util.regex.Pattern;

/** Writes tables as RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    /** A plain decimal number: spreadsheets read it as a value, never as a formula, so it keeps its sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Csv() {
    }

    public static String write(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.header());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (isFormula(value)) {
            // OWASP's advice against CSV injection: a leading single quote makes spreadsheets show the cell as text
            return "\"'" + value.replace("\"", "\"\"") + '"';
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' '
                || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Whether a spreadsheet would evaluate the cell: it starts with =, +, -, @, tab or carriage return. */
    static boolean isFormula(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
