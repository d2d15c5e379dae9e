package org.laborbridge.cooperation.web;

import java.util.List;
import java.util.Optional;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The htmx partial behind the form's region field: today's regions whose name contains what was
 * typed, offered as a datalist so the browser's own suggestions fill in the code, and the name
 * of the region when a complete code was typed.
 */
@Controller
class RegionLookup {

    private static final int SUGGESTIONS = 15;
    private final RegionDirectory directory = RegionDirectory.standard();

    @GetMapping("/cooperation/regions")
    String lookup(@RequestParam(defaultValue = "") String regionCode, Model model) {
        String typed = regionCode.strip();
        Optional<Region> exact = exactMatch(typed);
        List<Region> matches = exact.isPresent() || typed.isEmpty()
                ? List.of()
                : directory.search(typed, SUGGESTIONS * 4).stream()
                        .filter(Region::current)
                        .limit(SUGGESTIONS)
                        .toList();
        model.addAttribute("typed", typed);
        model.addAttribute("exact", exact.orElse(null));
        model.addAttribute("matches", matches);
        return "cooperation/form :: region-lookup";
    }

    /** The region a complete code names, current or retired, so the form can say which it is. */
    static Optional<Region> exactMatch(String typed) {
        if (typed == null || typed.isBlank() || !typed.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return RegionDirectory.standard().find(RegionCode.of(typed));
        } catch (InvalidValueException notSixDigits) {
            return Optional.empty();
        }
    }
}
