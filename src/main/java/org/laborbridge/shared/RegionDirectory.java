package org.laborbridge.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Placeholder to be completed: the GB/T 2260 directory, current and historical. */
public final class RegionDirectory {

    private static final RegionDirectory STANDARD = load();
    private final Set<String> everExisted;

    private RegionDirectory(Set<String> everExisted) {
        this.everExisted = everExisted;
    }

    public static RegionDirectory standard() {
        return STANDARD;
    }

    /** Whether the six digits are, or ever were since 1980, a GB/T 2260 code. */
    public boolean everExisted(String code) {
        return everExisted.contains(code);
    }

    private static RegionDirectory load() {
        Set<String> codes = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RegionDirectory.class.getResourceAsStream("/regions/history-1980-2019.tsv")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                codes.add(line.substring(0, 6));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegionDirectory(codes);
    }
}
