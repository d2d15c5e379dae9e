package org.laborbridge.matching;

import java.time.Instant;

/** The weights as the bureau set them, by whom and when. */
public record WeightSetting(MatchWeights weights, String changedBy, Instant changedAt) {}
