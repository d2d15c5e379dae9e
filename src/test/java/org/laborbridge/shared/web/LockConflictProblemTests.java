package org.laborbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class LockConflictProblemTests {

    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Contended())
            .setControllerAdvice(new ApiProblems(messages()))
            .build());

    @Test
    void aDeadlockGivenUpByTheDatabaseAnswersConflictInTheCallersLanguage() {
        assertThat(mvc.get().uri("/api/v1/contended/deadlock").locale(Locale.ENGLISH))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Please try again");
    }

    @Test
    void aLockTimeoutAnswersConflictInChineseByDefault() {
        assertThat(mvc.get().uri("/api/v1/contended/timeout").locale(Locale.SIMPLIFIED_CHINESE))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("请稍后重试");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/web");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @RestController
    static class Contended {

        @GetMapping("/api/v1/contended/deadlock")
        String deadlock() {
            throw new PessimisticLockingFailureException("deadlock detected");
        }

        @GetMapping("/api/v1/contended/timeout")
        String timeout() {
            throw new CannotAcquireLockException("lock timeout");
        }
    }
}
