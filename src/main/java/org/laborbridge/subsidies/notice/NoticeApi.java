package org.laborbridge.subsidies.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.subsidies.NoticeEntry;
import org.laborbridge.subsidies.PublicNotice;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Subsidy notice", description = "The public notice (公示) of approved subsidies, names and ID numbers masked")
class NoticeApi {

    private final PublicNotice notice;
    private final SubsidyClock clock;

    NoticeApi(PublicNotice notice, SubsidyClock clock) {
        this.notice = notice;
        this.clock = clock;
    }

    record NoticeJson(
            String number,
            String policyName,
            String name,
            String residentId,
            String householdCounty,
            String payee,
            BigDecimal amount,
            LocalDate noticeFrom,
            LocalDate noticeUntil) {

        static NoticeJson of(NoticeEntry entry) {
            return new NoticeJson(
                    entry.number(),
                    entry.policyName(),
                    entry.maskedName(),
                    entry.maskedResidentId(),
                    entry.householdCountyName(),
                    entry.payeeName(),
                    BigDecimal.valueOf(entry.amount().fen(), 2),
                    entry.noticeFrom(),
                    entry.noticeUntil());
        }
    }

    @GetMapping("/api/v1/subsidy-notice")
    @Operation(
            summary = "Approved claims whose notice runs today, newest approval first; bureau and partner staff"
                    + " may ask for another day, for everyone else the day is ignored")
    List<NoticeJson> running(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate shown = NoticeDayRule.dayShown(Callers.find().map(Caller::role), day, clock.today());
        return notice.runningOn(shown).stream().map(NoticeJson::of).toList();
    }
}
