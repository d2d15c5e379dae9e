package org.laborbridge.shared.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "GB/T 2260 administrative divisions, current and since 1980")
class RegionsApi {

    private static final int MAX_RESULTS = 50;
    private final RegionDirectory directory = RegionDirectory.standard();

    @GetMapping("/{code}")
    @Operation(summary = "A region by its six-digit code; a retired code names its current successor")
    RegionJson region(@PathVariable String code) {
        RegionCode regionCode = RegionCode.of(code);
        Region region = directory.find(regionCode).orElseThrow(() -> new RecordNotFoundException("region", code));
        return RegionJson.of(region, directory);
    }

    @GetMapping
    @Operation(summary = "Regions whose name contains the text, in Simplified or Traditional script")
    List<RegionJson> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return directory.search(q, Math.max(1, Math.min(limit, MAX_RESULTS))).stream()
                .map(region -> RegionJson.of(region, directory))
                .toList();
    }
}
