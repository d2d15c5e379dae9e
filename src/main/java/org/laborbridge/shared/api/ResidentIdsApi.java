package org.laborbridge.shared.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Sex;
import org.laborbridge.shared.api.RegionJson.RegionRef;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a number the caller already holds, so the answer repeats it in full; this is what the
 * worker form calls while the ID is being typed.
 */
@RestController
@RequestMapping("/api/v1/resident-ids")
@Tag(name = "Resident IDs", description = "GB 11643 resident identity numbers")
class ResidentIdsApi {

    private final RegionDirectory directory = RegionDirectory.standard();

    record ResidentIdJson(String number, LocalDate birthDate, Sex sex, RegionRef issuedIn, RegionRef currentRegion) {}

    @GetMapping("/{number}")
    @Operation(summary = "Validate a resident ID (15 or 18 characters) and read birth date, sex and region from it")
    ResidentIdJson check(@PathVariable String number) {
        ResidentId id = ResidentId.parse(number);
        RegionCode issuedIn = RegionCode.of(id.regionOfIssue());
        return new ResidentIdJson(
                id.value(),
                id.birthDate(),
                id.sex(),
                RegionRef.of(directory.require(issuedIn)),
                RegionRef.of(directory.currentSuccessor(issuedIn)));
    }
}
