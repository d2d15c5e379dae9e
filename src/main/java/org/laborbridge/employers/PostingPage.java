package org.laborbridge.employers;

import java.util.List;

/** One page of job postings and how many match in all. */
public record PostingPage(List<JobPostingView> items, long total, int page, int size) {

    public PostingPage {
        items = List.copyOf(items);
    }
}
