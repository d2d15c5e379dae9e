package org.laborbridge.workshops;

import java.util.List;

public record WorkshopPage(List<WorkshopSummary> items, long total, int page, int size) {}
