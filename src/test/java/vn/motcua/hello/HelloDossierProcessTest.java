package vn.motcua.hello;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoApp;

/** The sample model "hello-dossier", as deployed from processes/ at start. */
@DemoApp
class HelloDossierProcessTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void engineClockAtAWorkingMorning() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T01:30:00Z"))); // Mon 08:30 in Hà Nội
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptsACompleteDossier() {
        ProcessInstance dossier = submit();

        assertThat(dossier).isWaitingAt("Task_ReceiveDossier").task().hasCandidateGroup("tiep-nhan");
        complete(task(dossier), withVariables("dossierComplete", true));

        assertThat(dossier).isEnded().hasPassed("EndEvent_DossierAccepted");
    }

    @Test
    void returnsAnIncompleteDossier() {
        ProcessInstance dossier = submit();

        complete(task(dossier), withVariables("dossierComplete", false));

        assertThat(dossier).isEnded().hasPassed("EndEvent_DossierReturned");
    }

    private ProcessInstance submit() {
        return engine.getRuntimeService().startProcessInstanceByKey("hello-dossier",
                withVariables("officeId", "xa-an-phu", "applicantName", "Trần Thị B", "idNumber", "001203004005"));
    }
}
