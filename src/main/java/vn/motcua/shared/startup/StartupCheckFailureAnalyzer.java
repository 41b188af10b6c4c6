package vn.motcua.shared.startup;

import vn.motcua.shared.StartupCheckFailed;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a failed start-up check as Spring Boot's short "APPLICATION FAILED TO START" note, no stack trace. */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailed> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailed cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
