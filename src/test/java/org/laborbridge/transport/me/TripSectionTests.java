package org.laborbridge.transport.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.web.TripFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The worker's phone page shows their trip once they are on a manifest, and nothing before. */
@SpringBootTest
@AutoConfigureMockMvc
class TripSectionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Trips trips;

    TripFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(context);
    }

    @Test
    void showsTheGatheringPointTimeAndVehicleOfTheWorkersTrip() {
        JobPostingView posting = fixtures.posting("我的页面行程电子厂");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("手机行程", posting, bus);
        String me = fixtures.workerUser(hire.worker());
        assertThat(mvc.get().uri("/me").with(user(users.loadUserByUsername(me))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"my-trip\"");

        fixtures.asCaseworker(() -> trips.addTraveller(bus.id(), hire.id()));

        assertThat(mvc.get().uri("/me?lang=en").with(user(users.loadUserByUsername(me))))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"my-trip\"", "My trip", "泸溪县人社局广场", bus.vehicleNo(), "batch " + bus.batchNo())
                .contains("id=\"my-trip-line\"")
                .contains(
                        "id=\"my-trip-arrival\">" + BureauTime.format(bus.plannedArrival()) + "<",
                        "id=\"my-trip-employer\">我的页面行程电子厂<",
                        "id=\"my-trip-work-address\">" + posting.workAddress() + "<");
    }
}
