package org.laborbridge.workshops.web;

import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workshops.PublicWorkshop;
import org.laborbridge.workshops.WorkshopId;
import org.laborbridge.workshops.Workshops;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page anyone reaches by scanning the QR code on a workshop's plaque, and that code as a PNG
 * for printing; neither needs a sign-in nor names an employee.
 */
@Controller
class PublicWorkshopPages {

    private final Workshops workshops;

    PublicWorkshopPages(Workshops workshops) {
        this.workshops = workshops;
    }

    @GetMapping("/public/workshops/{id}")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("workshop", find(id));
        return "workshops/public";
    }

    @GetMapping(value = "/public/workshops/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String id) {
        PublicWorkshop workshop = find(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/workshops/{id}")
                .buildAndExpand(workshop.id())
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .body(PlaqueQrCode.png(url));
    }

    private PublicWorkshop find(String id) {
        return WorkshopId.parse(id)
                .flatMap(workshops::publicView)
                .orElseThrow(() -> new RecordNotFoundException("workshop", id));
    }
}
