package org.laborbridge.subsidies.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the page after a redirect says was done, worded before the redirect in the reader's language. */
final class Flash {

    private Flash() {}

    static void say(RedirectAttributes redirect, MessageSource messages, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }
}
