package org.laborbridge.fairs.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.ParticipantView;
import org.laborbridge.fairs.WorkerSignUp;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fair page: what the fair is, who takes part with which positions, how many signed up and
 * came, and, depending on who is looking, the check-in desk, bulk sign-up, the employer's join
 * and intention forms, or the worker's own sign-up with its QR code.
 */
@Controller
@RequestMapping("/fairs")
class FairDetailController {

    static final int SIGN_UPS_PER_PAGE = 50;

    private final Fairs fairs;
    private final Employers employers;
    private final JobPostings postings;

    FairDetailController(Fairs fairs, Employers employers, JobPostings postings) {
        this.fairs = fairs;
        this.employers = employers;
        this.postings = postings;
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int signUpPage,
            @RequestParam(required = false) String joinAs,
            Model model) {
        FairId fairId = FairListController.fairId(id);
        FairView fair = fairs.find(fairId);
        Caller caller = Callers.current();
        List<ParticipantView> participants = fairs.participants(fairId);
        model.addAttribute("fair", fair);
        model.addAttribute("participants", participants);
        model.addAttribute(
                "positions",
                participants.stream().mapToInt(ParticipantView::positions).sum());
        model.addAttribute("counts", fairs.counts(fairId));
        model.addAttribute("tally", fairs.tally(fairId).orElse(null));
        model.addAttribute("mayManage", fairs.mayManage(fair));
        boolean desk = fairs.mayRunDesk(fair);
        model.addAttribute("mayRunDesk", fairs.mayAddSignUps(fair));
        model.addAttribute("deskOpen", desk && fair.onSite() && fair.status() == FairStatus.OPEN);
        model.addAttribute("situations", Situation.values());
        model.addAttribute("jobTypes", Catalogue.jobTypes());
        model.addAttribute("regionNames", regionNames(fair));
        if (fairs.maySeeSignUps()) {
            model.addAttribute("signUps", fairs.signUps(fairId, signUpPage, SIGN_UPS_PER_PAGE));
        }
        employerParts(model, fair, participants, EmployerId.parse(joinAs));
        workerParts(model, fair, caller);
        return "fairs/detail";
    }

    /** An employer sees the join form with its own open postings, and the intention form once at the fair. */
    private void employerParts(
            Model model, FairView fair, List<ParticipantView> participants, Optional<EmployerId> joinAs) {
        boolean bureau = Callers.current().is(Role.ADMIN) || Callers.current().is(Role.CASEWORKER);
        Optional<EmployerId> own = bureau ? joinAs : employers.ofCurrentCaller();
        boolean over = !fair.acceptsApplicationsOn(BureauTime.today());
        if (own.isPresent() && !over) {
            model.addAttribute("ownPostings", openPostings(own.get()));
            model.addAttribute("ownEmployer", own.get());
        }
        if (bureau && !over) {
            model.addAttribute("employerChoices", employers.search(null, 0, 100).items());
        }
        List<JobPostingView> intentionPostings = participants.stream()
                .filter(p -> bureau
                        || employers.ofCurrentCaller().map(p.employer()::equals).orElse(false))
                .flatMap(p -> p.postings().stream())
                .filter(p -> p.status() == PostingStatus.OPEN)
                .toList();
        if (fair.onSite() && !over && !intentionPostings.isEmpty()) {
            model.addAttribute("intentionPostings", intentionPostings);
        }
    }

    /** A worker sees whether they are signed up, and their code when they are. */
    private void workerParts(Model model, FairView fair, Caller caller) {
        model.addAttribute("mySignUp", null);
        model.addAttribute("maySignUpSelf", false);
        if (!caller.is(Role.WORKER) || caller.workerId() == null) {
            return;
        }
        Optional<WorkerSignUp> mine = fairs.signUpsOf(new WorkerId(caller.workerId())).stream()
                .filter(signUp -> signUp.fair().id().equals(fair.id()))
                .findFirst();
        model.addAttribute("mySignUp", mine.orElse(null));
        model.addAttribute("maySignUpSelf", mine.isEmpty() && fair.acceptsApplicationsOn(BureauTime.today()));
    }

    private static Map<String, String> regionNames(FairView fair) {
        RegionDirectory directory = RegionDirectory.standard();
        Map<String, String> names = new HashMap<>();
        for (String code : fair.target().householdRegions()) {
            names.put(
                    code, directory.find(RegionCode.of(code)).map(Region::name).orElse(code));
        }
        return names;
    }

    private List<JobPostingView> openPostings(EmployerId employer) {
        return postings.search(
                        new PostingQuery(null, null, null, employer, PostingStatus.OPEN, 0, PostingQuery.MAX_SIZE))
                .items();
    }

    /** The signed-in worker's QR code for this fair; 404 when they have not signed up. */
    @GetMapping(value = "/{id}/my-code.svg", produces = "image/svg+xml")
    ResponseEntity<String> myCode(@PathVariable String id) {
        FairId fairId = FairListController.fairId(id);
        Caller caller = Callers.current();
        if (!caller.is(Role.WORKER) || caller.workerId() == null) {
            return ResponseEntity.notFound().build();
        }
        return fairs.signUpsOf(new WorkerId(caller.workerId())).stream()
                .filter(signUp -> signUp.fair().id().equals(fairId))
                .findFirst()
                .map(signUp -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .body(QrCodeSvg.of(signUp.qrToken())))
                .orElse(ResponseEntity.notFound().build());
    }
}
