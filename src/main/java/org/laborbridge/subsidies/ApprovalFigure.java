package org.laborbridge.subsidies;

import java.time.YearMonth;

/**
 * Claims approved under one policy (its code) in one household county and month of approval, and
 * their amounts in fen (分), for reporting. A claim approved and since paid still counts here.
 */
public record ApprovalFigure(String county, YearMonth month, String policy, long claims, long amountFen) {}
