package org.laborbridge.placements;

/**
 * Where a hire stands: agreed but not yet at work, at work, or over. A placement only moves
 * forward; LEFT is final and keeps its reason and date.
 */
public enum PlacementStatus {
    STARTING,
    WORKING,
    LEFT
}
