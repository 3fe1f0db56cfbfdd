package org.narrativelens.export;

import java.util.List;

/** A named table of string cells: a header row and data rows of the same width. */
public record Table(String name, List<String> header, List<List<String>> rows) {

    public Table {
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Table " + name + ": a row has " + row.size()
                        + " cells for " + header.size() + " columns");
            }
        }
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
