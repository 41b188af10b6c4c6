package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.motcua.EngineRest;
import vn.motcua.MotcuaApplication;
import vn.motcua.OwnJvm;
import vn.motcua.shared.StartupCheckFailed;

/** The administrator edits config/holidays.txt and restarts; a broken file stops the start. */
@OwnJvm
@ExtendWith(OutputCaptureExtension.class)
class HolidayFileStartupIntegrationTest {

    @TempDir
    Path installation;

    @Test
    void computesNewDatesAfterTheHolidayFileIsEditedAndTheApplicationRestarted() throws IOException {
        Path holidays = installation.resolve("holidays.txt");
        Files.copy(Path.of("config/holidays.txt"), holidays);
        String question = "/api/calendar/due?office=xa-an-phu&from=2026-03-02T08:00&rule=WD:2";

        String before = dueAfterAStart(holidays, question);
        Files.writeString(holidays, Files.readString(holidays).replace("year 2026 official\n",
                "year 2026 official\n2026-03-03 OFF Nghỉ đột xuất (thử nghiệm)\n"));
        String after = dueAfterAStart(holidays, question);

        assertThat(before).isEqualTo("2026-03-03T17:00:00+07:00");
        assertThat(after).isEqualTo("2026-03-04T17:00:00+07:00");
    }

    @Test
    void refusesToStartWithAMalformedHolidayFileNamingTheLineAndTheReason(CapturedOutput output) throws IOException {
        Path holidays = installation.resolve("holidays.txt");
        Files.writeString(holidays, "year 2026 official\n2026-01-01 OFF Tết Dương lịch\n2026-02-30 OFF Ngày không có\n");

        assertThatThrownBy(() -> start(holidays)).rootCause().isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("line 3").hasMessageContaining("2026-02-30");

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("Correct line 3 of").doesNotContain("\tat ");
    }

    private static String dueAfterAStart(Path holidays, String question) {
        try (var app = start(holidays)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            return EngineRest.anonymous(port).get(question).json().get("dueAt").asText();
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext start(Path holidays) {
        return SpringApplication.run(MotcuaApplication.class, "--server.port=0", "--spring.profiles.active=demo",
                "--motcua.deadline.holidays-file=" + holidays.toAbsolutePath());
    }
}
