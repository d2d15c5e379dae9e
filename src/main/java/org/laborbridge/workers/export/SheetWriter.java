package org.laborbridge.workers.export;

import java.io.IOException;
import java.util.List;

/** Rows out, one at a time, so that an export of any length needs little memory. */
interface SheetWriter extends AutoCloseable {

    void row(List<String> cells) throws IOException;

    @Override
    void close() throws IOException;
}
