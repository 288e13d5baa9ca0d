package dev.apikata.integrations;

import java.util.List;

/** One series of a range vector (a matrix result): its labels and its samples in time order. */
public record Series(String instance, String job, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }
}
