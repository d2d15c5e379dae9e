package org.laborbridge.subsidies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.PolicyTermsJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The policy catalogue. Terms are objects with {@code kind}, {@code payee}, {@code amount}
 * ({@code {"type": "FIXED_PER_PERSON" | "TIERED_BY_DISTANCE" | "TIERED_BY_BATCH_SIZE" |
 * "SHARE_OF_COST", ...}}), {@code stages}, {@code conditions} (each {@code {"type": ..., ...}}),
 * {@code requiredDocuments}, {@code validFrom}/{@code validTo}, {@code budget} in yuan,
 * {@code oncePerPerson} and {@code excludes} (other policies' codes).
 */
@RestController
@RequestMapping("/api/v1/subsidy-policies")
@Tag(
        name = "Subsidy policies",
        description = "Versioned subsidy policies (补贴政策): who is paid how much on which conditions")
class SubsidyPoliciesApi {

    private static final String BASE = "/api/v1/subsidy-policies/";

    private final SubsidyPolicies policies;

    SubsidyPoliciesApi(SubsidyPolicies policies) {
        this.policies = policies;
    }

    record RegisterInput(String code, String name, JsonNode terms) {}

    record ReviseInput(JsonNode terms) {}

    @GetMapping
    @Operation(summary = "The latest version of every policy, by code (bureau and partner staff)")
    List<PolicyJson> all() {
        return policies.all().stream().map(PolicyJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The latest version of one policy")
    PolicyJson find(@PathVariable String code) {
        return PolicyJson.of(policies.find(code));
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version of a policy, as applications judged under it saw it")
    PolicyJson version(@PathVariable String code, @PathVariable int version) {
        return PolicyJson.of(policies.version(code, version));
    }

    @PostMapping
    @Operation(summary = "Register a policy as version 1 (ADMIN)")
    @ApiResponse(responseCode = "201", description = "Registered; Location names version 1")
    @ApiResponse(responseCode = "422", description = "Unreadable or contradictory terms, or a taken code")
    ResponseEntity<PolicyJson> register(@RequestBody RegisterInput input) {
        requireChanger();
        PolicyView registered = policies.register(input.code(), input.name(), terms(input.terms()));
        return ResponseEntity.created(URI.create(BASE + registered.code() + "/versions/" + registered.version()))
                .body(PolicyJson.of(registered));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Revise a policy: the terms become its next version; earlier versions stay as they were (ADMIN)")
    @ApiResponse(responseCode = "422", description = "Unreadable or contradictory terms")
    PolicyJson revise(@PathVariable String code, @RequestBody ReviseInput input) {
        requireChanger();
        return PolicyJson.of(policies.revise(code, terms(input.terms())));
    }

    /** Refused before the terms are read, so that nobody but an administrator learns why terms are wrong. */
    private void requireChanger() {
        if (!policies.mayChange()) {
            throw new AccessDeniedException("Only administrators register and revise subsidy policies");
        }
    }

    private static PolicyTerms terms(JsonNode json) {
        return PolicyTermsJson.read(json);
    }
}
