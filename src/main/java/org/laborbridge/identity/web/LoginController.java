package org.laborbridge.identity.web;

import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(Environment environment) {
        this.demo = DemoMode.isOn(environment);
    }

    @GetMapping("/login")
    String login(Model model) {
        // Someone already signed in who follows an old link to the sign-in page wants to carry on.
        if (Callers.find().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("demo", demo);
        return "identity/login";
    }
}
