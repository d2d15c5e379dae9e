package org.laborbridge.workers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The worker's own page, phone first: their record, then what other modules have for them. */
@Controller
class MyPageController {

    private final WorkerRegistry registry;
    private final List<MyPageSection> sections;

    MyPageController(WorkerRegistry registry, List<MyPageSection> sections) {
        this.registry = registry;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(MyPageSection::position))
                .toList();
    }

    @GetMapping("/me")
    String myPage(Model model, Locale locale) {
        Caller caller = Callers.current();
        if (!caller.is(Role.WORKER)) {
            return "redirect:/";
        }
        UUID linked = caller.workerId();
        if (linked == null) {
            return "workers/me-unlinked";
        }
        WorkerRecord me = registry.find(new WorkerId(linked));
        model.addAttribute("me", me);
        model.addAttribute(
                "wantedJobs",
                me.wantedJobs().stream()
                        .map(code -> Catalogue.jobTypes().name(code, locale))
                        .toList());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new SectionView(section.fragment(), section.data(me)))
                        .toList());
        return "workers/me";
    }

    record SectionView(String fragment, Map<String, Object> data) {}
}
