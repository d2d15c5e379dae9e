package org.laborbridge.transport.planner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.laborbridge.transport.demand.OpenDemands.PlannableDemand;
import org.laborbridge.transport.planning.ModeTariff;

/**
 * Names what a proposal was computed from: the day it was planned on (windows are cut at today),
 * the request, every demand with the version it was read at and its window, and the tariffs. The
 * planner is deterministic, so the same fingerprint means the same plan.
 */
final class PlanFingerprint {

    private PlanFingerprint() {}

    static String of(LocalDate today, PlanRequest request, List<PlannableDemand> demands, List<ModeTariff> tariffs) {
        StringBuilder text = new StringBuilder()
                .append(today)
                .append('|')
                .append(request.from())
                .append('|')
                .append(request.to())
                .append('|')
                .append(request.region() == null ? "" : request.region().strip());
        demands.stream()
                .sorted(Comparator.comparing(d -> d.demand().id().value()))
                .forEach(d -> text.append('|')
                        .append(d.demand().id())
                        .append('@')
                        .append(d.version())
                        .append(':')
                        .append(d.demand().earliest())
                        .append('~')
                        .append(d.demand().latest()));
        tariffs.forEach(t -> text.append('|')
                .append(t.mode())
                .append(':')
                .append(t.seats())
                .append(':')
                .append(t.pricePerVehicle().fen()));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
