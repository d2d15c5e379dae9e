package org.laborbridge.employers.registry;

import java.util.List;
import java.util.stream.Collectors;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;

/** How a county reads on a page: with its prefecture, e.g. 济南市历下区, so a name is never ambiguous. */
final class Places {

    private Places() {}

    static String nameOf(RegionCode county) {
        RegionDirectory directory = RegionDirectory.standard();
        return directory
                .find(county)
                .map(region -> {
                    List<Region> ancestors = directory.ancestors(county);
                    return ancestors.stream()
                                    .filter(ancestor -> ancestor.level() == RegionLevel.PREFECTURE)
                                    .map(Region::name)
                                    .collect(Collectors.joining())
                            + region.name();
                })
                .orElse(county.value());
    }
}
