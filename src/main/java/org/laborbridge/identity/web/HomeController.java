package org.laborbridge.identity.web;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Callers.current();
        model.addAttribute("caller", caller);
        model.addAttribute("tasks", HomeTasks.of(caller.role()));
        model.addAttribute("workerHome", caller.is(Role.WORKER));
        return "identity/home";
    }
}
