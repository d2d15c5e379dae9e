package org.laborbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class LaborBridge {

    public static void main(String[] args) {
        SpringApplication.run(LaborBridge.class, args);
    }
}
