package org.laborbridge.subsidies.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.PublicNotice;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notice board (公示) as the public reads it, on a phone as well as on the bureau's screen;
 * only staff may choose another day (see {@link NoticeDayRule}).
 */
@Controller
class NoticePage {

    private final PublicNotice notice;
    private final SubsidyClock clock;
    private final String hotline;

    NoticePage(
            PublicNotice notice,
            SubsidyClock clock,
            @Value("${laborbridge.subsidies.objection-hotline:12333}") String hotline) {
        this.notice = notice;
        this.clock = clock;
        this.hotline = hotline;
    }

    @GetMapping("/public/subsidy-notice")
    String notice(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        Optional<Role> role = Callers.find().map(Caller::role);
        LocalDate today = clock.today();
        LocalDate shown = NoticeDayRule.dayShown(role, day, today);
        model.addAttribute("day", shown);
        model.addAttribute("mayPickDay", NoticeDayRule.mayPickDay(role));
        model.addAttribute("todayOnly", day != null && !day.equals(shown));
        model.addAttribute("entries", notice.runningOn(shown));
        model.addAttribute("hotline", hotline);
        return "subsidies/notice";
    }
}
