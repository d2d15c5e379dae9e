package org.laborbridge.subsidies.payments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.BudgetLedger;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payment pages: stages to pay and batches, one batch with its lines, and the budget ledger. */
@Controller
class PaymentPages {

    private final PaymentBatches batches;
    private final BudgetLedger ledger;
    private final MessageSource messages;

    PaymentPages(PaymentBatches batches, BudgetLedger ledger, MessageSource messages) {
        this.batches = batches;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/subsidies/batches")
    String list(@RequestParam(required = false) String policy, Model model) {
        model.addAttribute("policy", policy == null ? "" : policy);
        model.addAttribute("payable", batches.payable(policy));
        model.addAttribute("batches", batches.list(0, 100));
        model.addAttribute("mayPay", batches.mayPay());
        return "subsidies/batches";
    }

    @PostMapping("/subsidies/batches")
    Object create(
            @RequestParam(required = false) String policy,
            @RequestParam(name = "stage", required = false) List<String> stages,
            Model model) {
        List<StageRef> refs = new ArrayList<>();
        try {
            for (String stage : stages == null ? List.<String>of() : stages) {
                refs.add(stageRef(stage));
            }
            UUID made = batches.create(policy, refs).id();
            return "redirect:/subsidies/batches/" + made;
        } catch (InvalidInputException refused) {
            model.addAttribute("refusals", Refusals.all(refused, messages));
            model.addAttribute("chosen", stages == null ? List.of() : stages);
            String page = list(policy, model);
            return new ModelAndView(page, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/subsidies/batches/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", batches.find(id));
        model.addAttribute("mayPay", batches.mayPay());
        return "subsidies/batch";
    }

    @GetMapping("/subsidies/batches/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        return PaymentBatchesApi.download(batches.export(id, format));
    }

    @PostMapping("/subsidies/batches/{id}/lines/{lineNo}/paid")
    String paid(@PathVariable UUID id, @PathVariable int lineNo, RedirectAttributes flash) {
        try {
            batches.markPaid(id, List.of(lineNo));
            flash.addFlashAttribute("done", message("subsidies.payments.done.paid", lineNo));
        } catch (StepOutOfOrderException outOfOrder) {
            flash.addFlashAttribute("refusal", message(outOfOrder.messageKey(), outOfOrder.arguments()));
        } catch (InvalidInputException refused) {
            flash.addFlashAttribute("refusal", String.join(" ", Refusals.all(refused, messages)));
        }
        return "redirect:/subsidies/batches/" + id;
    }

    @PostMapping("/subsidies/batches/{id}/lines/{lineNo}/failed")
    String failed(
            @PathVariable UUID id,
            @PathVariable int lineNo,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        try {
            batches.markFailed(id, lineNo, reason);
            flash.addFlashAttribute("done", message("subsidies.payments.done.failed", lineNo));
        } catch (StepOutOfOrderException outOfOrder) {
            flash.addFlashAttribute("refusal", message(outOfOrder.messageKey(), outOfOrder.arguments()));
        } catch (InvalidInputException refused) {
            flash.addFlashAttribute("refusal", String.join(" ", Refusals.all(refused, messages)));
        }
        return "redirect:/subsidies/batches/" + id;
    }

    @PostMapping("/subsidies/batches/{id}/bank-result")
    Object bankResult(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(Violation.of("file", "EMPTY", "subsidies.invalid.resultFile.EMPTY"));
            }
            batches.importResult(id, file.getInputStream());
            flash.addFlashAttribute("done", message("subsidies.payments.done.imported"));
            return "redirect:/subsidies/batches/" + id;
        } catch (StepOutOfOrderException outOfOrder) {
            flash.addFlashAttribute("refusal", message(outOfOrder.messageKey(), outOfOrder.arguments()));
            return "redirect:/subsidies/batches/" + id;
        } catch (InvalidInputException refused) {
            model.addAttribute(
                    "rowErrors",
                    refused.violations().stream()
                            .map(v -> new RowError(
                                    v.row(),
                                    v.field(),
                                    v.code(),
                                    Refusals.message(v, messages, LocaleContextHolder.getLocale())))
                            .toList());
            String page = detail(id, model);
            return new ModelAndView(page, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/subsidies/budgets")
    String budgets(Model model) {
        model.addAttribute("ledger", ledger.all());
        return "subsidies/budgets";
    }

    /** One refused row of a bank file, as the page lists it. */
    record RowError(Integer row, String field, String code, String message) {}

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The form sends each chosen stage as {@code <application id>:<stage no>}. */
    private static StageRef stageRef(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        try {
            return new StageRef(
                    ApplicationId.of(value.substring(0, colon)), Integer.parseInt(value.substring(colon + 1)));
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException(
                    Violation.of("stages", "FORMAT", "subsidies.invalid.stage.FORMAT", String.valueOf(value)));
        }
    }
}
