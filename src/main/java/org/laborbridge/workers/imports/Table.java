package org.laborbridge.workers.imports;

import java.io.IOException;

/** An uploaded roster, whatever its format, read front to back once. */
interface Table {

    void read(RowSink sink) throws IOException;
}
