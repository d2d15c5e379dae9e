package org.laborbridge.subsidies.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a claim takes, known by their first bytes rather than by the name or the
 * browser's word: a script renamed to .pdf is still refused.
 */
enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.starts(content)).findFirst();
    }

    private boolean starts(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
