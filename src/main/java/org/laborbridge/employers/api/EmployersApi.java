package org.laborbridge.employers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerPage;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers", description = "Enterprises registered with the bureau")
class EmployersApi {

    static final int DEFAULT_SIZE = 20;

    private final Employers employers;

    EmployersApi(Employers employers) {
        this.employers = employers;
    }

    record EmployerListJson(List<EmployerJson> items, long total, int page, int size) {}

    @GetMapping
    @Operation(
            summary = "Search enterprises by any part of the name (either script) or the start of the credit code;"
                    + " an EMPLOYER finds only their own; contact phones masked")
    EmployerListJson search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        EmployerPage found = employers.search(q, page, size);
        return new EmployerListJson(
                found.items().stream().map(EmployerJson::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @Operation(summary = "Register an enterprise (ADMIN, CASEWORKER)")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the record")
    @ApiResponse(
            responseCode = "422",
            description = "Invalid input, every problem listed; creditCode DUPLICATE when registered already")
    ResponseEntity<EmployerJson> register(@RequestBody EmployerForm form) {
        EmployerView registered = employers.register(form);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + registered.id()))
                .body(EmployerJson.of(registered));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One enterprise; the contact phone in full for bureau staff (audit-logged) and the enterprise"
                    + " itself")
    EmployerJson find(@PathVariable String id) {
        return EmployerJson.of(employers.find(employerId(id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Change an enterprise (ADMIN, CASEWORKER, or its EMPLOYER); a new code or name voids verification")
    EmployerJson change(@PathVariable String id, @RequestBody EmployerForm form) {
        return EmployerJson.of(employers.change(employerId(id), form));
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Record that the bureau checked the enterprise (ADMIN, CASEWORKER); the first check is kept")
    EmployerJson verify(@PathVariable String id) {
        return EmployerJson.of(employers.verify(employerId(id)));
    }

    @PostMapping("/{id}/accounts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Tie an existing EMPLOYER account to the enterprise (ADMIN); its HR user then sees only this"
                    + " enterprise, from their next sign-in")
    void linkAccount(@PathVariable String id, @RequestBody AccountLink link) {
        employers.linkAccount(employerId(id), link.username());
    }

    record AccountLink(String username) {}

    static EmployerId employerId(String id) {
        return EmployerId.parse(id).orElseThrow(() -> new RecordNotFoundException("employer", id));
    }
}
