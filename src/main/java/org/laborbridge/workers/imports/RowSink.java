package org.laborbridge.workers.imports;

import java.util.List;

/** Receives a table one row at a time, so that no reader ever holds a whole file. */
interface RowSink {

    /** Row numbers count physical rows from 1, the header; cells are never null, blank cells are "". */
    void row(int rowNumber, List<String> cells);

    /** A row the reader could not make sense of (e.g. a quote never closed); reading stops after it. */
    void unreadable(int rowNumber, String code);
}
