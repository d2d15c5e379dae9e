package org.laborbridge.cooperation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegionId;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.shared.BureauTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/partner-regions")
@Tag(
        name = "Partner regions",
        description = "Partner regions (协作地区) and their cooperation agreements; bureau and partner staff read, "
                + "administrators change")
class PartnerRegionsApi {

    // "Active today" follows the bureau's calendar, whatever zone the server runs in.

    private final PartnerRegions partnerRegions;

    PartnerRegionsApi(PartnerRegions partnerRegions) {
        this.partnerRegions = partnerRegions;
    }

    @GetMapping
    @Operation(summary = "Every partner region, by region code")
    List<PartnerRegionJson> list() {
        LocalDate today = today();
        return partnerRegions.all().stream()
                .map(region -> PartnerRegionJson.of(region, today))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner region")
    PartnerRegionJson get(@PathVariable String id) {
        return PartnerRegionJson.of(partnerRegions.get(PartnerRegionId.parse(id)), today());
    }

    @PostMapping
    @Operation(summary = "Register a partner region (administrators); overlapping coverage is refused")
    ResponseEntity<PartnerRegionJson> register(@RequestBody PartnerRegionRequest request) {
        PartnerRegion registered = partnerRegions.register(request.toCommand());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(registered.id())
                .toUri();
        return ResponseEntity.created(location).body(PartnerRegionJson.of(registered, today()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a partner region's region, agreement, period, policies or notes (administrators)")
    PartnerRegionJson change(@PathVariable String id, @RequestBody PartnerRegionRequest request) {
        return PartnerRegionJson.of(partnerRegions.change(PartnerRegionId.parse(id), request.toCommand()), today());
    }

    private static LocalDate today() {
        return BureauTime.today();
    }
}
