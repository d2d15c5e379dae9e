package org.laborbridge.transport.forms;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The manifest workbook as a download, for the page and the API alike. It is written to memory
 * first (a manifest holds at most a train's thousand seats) so that a refusal still answers with
 * its own status instead of half a file.
 */
public final class ManifestDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ManifestDownload() {}

    public static ResponseEntity<byte[]> of(Trips trips, TripId id, Locale locale) {
        TripView trip = trips.find(id);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        trips.exportManifest(id, locale, workbook);
        String name = "manifest-" + trip.batchRegion().value() + "-" + trip.batchYear() + "-" + trip.batchNo() + "-"
                + trip.mode().name().toLowerCase(Locale.ROOT) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(workbook.toByteArray());
    }
}
