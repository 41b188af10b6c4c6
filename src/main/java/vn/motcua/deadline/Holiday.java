package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** A day the offices are closed, with the name the holiday file or the statutory rule gives it. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name: " + date);
        }
    }
}
