package vn.motcua.interagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.interagency.Notification.Kind;
import vn.motcua.interagency.infra.SimulatedEmailSender;
import vn.motcua.interagency.infra.SimulatedSmsGateway;

class CitizenNotifierTest {

    private static final InteragencySettings.Messaging AT_ONCE = new InteragencySettings.Messaging(Duration.ZERO, Duration.ZERO, 10);

    private final List<Notification> logged = new ArrayList<>();
    private final SimulatedSmsGateway sms = new SimulatedSmsGateway(AT_ONCE);
    private final SimulatedEmailSender email = new SimulatedEmailSender(AT_ONCE);

    @Test
    void sendsOverTheEnabledChannelsOnly() {
        notifier(EnumSet.of(NotificationChannel.LOG, NotificationChannel.EMAIL)).notify(received("0912345678"));

        assertThat(logged).hasSize(1);
        assertThat(email.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("hoa.nguyen@example.vn");
            assertThat(mail.subject()).isEqualTo("Hồ sơ 000.00.21.H56-261122-0001 đã được tiếp nhận");
            assertThat(mail.body()).contains("Hồ sơ khai sinh của con Ông/Bà đã được tiếp nhận.");
        });
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void textsTheDossierCodeAndMessageToTheCitizensPhone() {
        notifier(EnumSet.of(NotificationChannel.SMS)).notify(received("0912.345.678"));

        assertThat(sms.sent()).containsExactly(new SmsMessage("0912345678",
                "Hồ sơ 000.00.21.H56-261122-0001: Hồ sơ khai sinh của con Ông/Bà đã được tiếp nhận."));
    }

    @Test
    void dropsAMessageToAPhoneNumberTheGatewayRefusesWithoutThrowing() {
        var notifier = notifier(EnumSet.allOf(NotificationChannel.class));

        for (String badNumber : List.of("12345", "1912345678", "091234567x", "09123456789")) {
            assertThatCode(() -> notifier.notify(received(badNumber))).doesNotThrowAnyException();
        }

        assertThat(sms.sent()).isEmpty();
        assertThat(email.sent()).hasSize(4);
    }

    @Test
    void keepsSendingOverTheOtherChannelsWhenOneThrows() {
        CitizenNotifier brokenLog = n -> {
            throw new IllegalStateException("log appender closed");
        };
        SmsGateway brokenGateway = m -> {
            throw new IllegalStateException("gateway answered 503");
        };
        var notifier = new CompositeCitizenNotifier(EnumSet.allOf(NotificationChannel.class), Map.of(
                NotificationChannel.LOG, brokenLog,
                NotificationChannel.SMS, new SmsNotifier(brokenGateway),
                NotificationChannel.EMAIL, new EmailNotifier(email)));

        assertThatCode(() -> notifier.notify(received("0912345678"))).doesNotThrowAnyException();

        assertThat(email.sent()).hasSize(1);
    }

    @Test
    void skipsAChannelForWhichTheCitizenGaveNoContact() {
        notifier(EnumSet.allOf(NotificationChannel.class)).notify(new Notification("000.00.21.H56-261122-0001",
                Kind.SUPPLEMENT_REQUESTED, null, " ", "Xin bổ sung bản sao giấy chứng sinh."));

        assertThat(logged).hasSize(1);
        assertThat(sms.sent()).isEmpty();
        assertThat(email.sent()).isEmpty();
    }

    @Test
    void notifiesNobodyWhenNoChannelIsEnabled() {
        notifier(Set.of()).notify(received("0912345678"));

        assertThat(logged).isEmpty();
        assertThat(sms.sent()).isEmpty();
        assertThat(email.sent()).isEmpty();
    }

    private CompositeCitizenNotifier notifier(Set<NotificationChannel> enabled) {
        return new CompositeCitizenNotifier(enabled, Map.of(NotificationChannel.LOG, (CitizenNotifier) logged::add,
                NotificationChannel.SMS, new SmsNotifier(sms), NotificationChannel.EMAIL, new EmailNotifier(email)));
    }

    private static Notification received(String phone) {
        return new Notification("000.00.21.H56-261122-0001", Kind.RECEIVED, phone, "hoa.nguyen@example.vn",
                "Hồ sơ khai sinh của con Ông/Bà đã được tiếp nhận.");
    }
}
