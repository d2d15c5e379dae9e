package org.laborbridge.subsidies.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files on disk under {@code <data-dir>/documents/<first two characters of the id>/<id>}, outside
 * the web root and under a name nobody chose, so that neither a path nor a name from an upload
 * ever reaches the file system.
 */
@Component
class DocumentStore {

    private final Path root;

    DocumentStore(@Value("${laborbridge.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
    }

    /** Written to a temporary file first and moved into place, so a half-written file never has the id's name. */
    void write(UUID id, byte[] content) {
        Path target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store document " + id, e);
        }
    }

    byte[] read(UUID id) {
        try {
            return Files.readAllBytes(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + id, e);
        }
    }

    void delete(UUID id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete document " + id, e);
        }
    }

    Path pathOf(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name);
    }
}
