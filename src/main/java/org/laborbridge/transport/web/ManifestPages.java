package org.laborbridge.transport.web;

import java.time.Instant;
import java.util.Locale;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.forms.ManifestDownload;
import org.laborbridge.transport.forms.PathIds;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The manifest to print for the gathering point, where staff check ID cards against it: in full
 * for the roles that may (each such view is audit-logged by the service), masked for the others;
 * and the same as an XLSX workbook.
 */
@Controller
class ManifestPages {

    private final Trips trips;

    ManifestPages(Trips trips) {
        this.trips = trips;
    }

    @GetMapping("/transport/{id}/manifest")
    String printable(@PathVariable String id, Model model) {
        TripId trip = PathIds.trip(id);
        Manifest manifest = trips.mayReveal(trips.find(trip)) ? trips.manifestInFull(trip) : trips.manifest(trip);
        model.addAttribute("manifest", manifest);
        model.addAttribute("trip", manifest.trip());
        // Removed lines take no seat and nobody gathers for them: the sheet lists those who travel.
        model.addAttribute(
                "lines",
                LineView.of(manifest).stream()
                        .filter(line -> line.line().status() != TravellerStatus.REMOVED)
                        .toList());
        model.addAttribute("printedAt", Instant.now());
        return "transport/manifest";
    }

    @GetMapping("/transport/{id}/manifest.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String id, Locale locale) {
        return ManifestDownload.of(trips, PathIds.trip(id), locale);
    }
}
