package org.laborbridge.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.MatchingWeights;
import org.laborbridge.matching.WeightSetting;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching/weights")
@Tag(name = "Matching")
class WeightsApi {

    private final MatchingWeights weights;

    WeightsApi(MatchingWeights weights) {
        this.weights = weights;
    }

    /** All six numbers are required: a missing one is refused on its field, never read as 0. */
    record WeightsJson(
            Integer jobType, Integer skills, Integer place, Integer wage, Integer housing, Integer poorPriorityBonus) {

        MatchWeights toWeights() {
            return MatchWeights.typed(jobType, skills, place, wage, housing, poorPriorityBonus);
        }
    }

    record SettingJson(
            int jobType,
            int skills,
            int place,
            int wage,
            int housing,
            int poorPriorityBonus,
            String changedBy,
            Instant changedAt) {

        static SettingJson of(WeightSetting setting) {
            MatchWeights w = setting.weights();
            return new SettingJson(
                    w.jobType(),
                    w.skills(),
                    w.place(),
                    w.wage(),
                    w.housing(),
                    w.poorPriorityBonus(),
                    setting.changedBy(),
                    setting.changedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The current matching weights (0–100 each) and who set them when")
    SettingJson current() {
        return SettingJson.of(weights.current());
    }

    @PutMapping
    @Operation(
            summary = "Set the matching weights (ADMIN only)",
            description = "All six fields required. Missing, negative, above 100 or all factor weights zero: 422"
                    + " naming each field; nothing is stored.")
    SettingJson change(@RequestBody WeightsJson body) {
        if (!weights.mayChange()) {
            throw new AccessDeniedException("Only ADMIN sets the matching weights");
        }
        return SettingJson.of(weights.change(body.toWeights()));
    }
}
