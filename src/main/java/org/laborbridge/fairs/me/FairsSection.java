package org.laborbridge.fairs.me;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.WorkerSignUp;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/** Fairs open now or coming, with the worker's own sign-ups and their check-in codes. */
@Component
class FairsSection implements MyPageSection {

    static final int SHOWN = 6;
    static final int LOOKED_AT = 50;

    private final Fairs fairs;

    FairsSection(Fairs fairs) {
        this.fairs = fairs;
    }

    /** A fair held for some regions' people is shown only to people from there. */
    static boolean isFor(FairView fair, WorkerRecord me) {
        List<String> regions = fair.target().householdRegions();
        if (regions.isEmpty() || me.householdRegion() == null) {
            return true;
        }
        RegionCode county = RegionCode.of(me.householdRegion().code());
        return regions.stream().anyMatch(region -> RegionDirectory.standard().contains(RegionCode.of(region), county));
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String fragment() {
        return "fairs/me :: fairs";
    }

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        List<WorkerSignUp> signUps = fairs.signUpsOf(me.id()).stream()
                .filter(signUp -> signUp.fair().acceptsApplicationsOn(BureauTime.today()))
                .toList();
        Set<FairId> signedUp =
                signUps.stream().map(signUp -> signUp.fair().id()).collect(Collectors.toSet());
        List<FairView> others = fairs.openOrComing(BureauTime.today(), LOOKED_AT).stream()
                .filter(fair -> !signedUp.contains(fair.id()))
                .filter(fair -> isFor(fair, me))
                .limit(SHOWN)
                .toList();
        return Map.of("signUps", signUps, "otherFairs", others);
    }
}
