package org.laborbridge.subsidies;

import java.time.LocalDate;
import org.laborbridge.shared.Money;

/** One payment of an approved claim: PENDING, IN_BATCH or PAID. */
public record StageView(int stageNo, LocalDate payableFrom, Money amount, String status, LocalDate paidOn) {}
